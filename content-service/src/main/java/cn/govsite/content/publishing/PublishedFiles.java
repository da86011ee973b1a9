package cn.govsite.content.publishing;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.govsite.common.tenant.TenantContext;

/** The recorded hash of every file publishing wrote for the current site. */
@Component
class PublishedFiles {

	private final PublishedFileMapper files;

	private final JdbcTemplate jdbc;

	PublishedFiles(PublishedFileMapper files, JdbcTemplate jdbc) {
		this.files = files;
		this.jdbc = jdbc;
	}

	/**
	 * Records many pages in one batched upsert (a batch publish writes hundreds: one
	 * update and maybe one insert each took about a second per 500).
	 */
	void rememberAll(Collection<RenderedPage> pages, Instant at, Long jobId) {
		long siteId = TenantContext.require().id();
		List<RenderedPage> list = List.copyOf(pages);
		this.jdbc.batchUpdate(
				"INSERT INTO published_file (site_id, object_key, sha256, published_at, job_id) VALUES (?, ?, ?, ?, ?) "
						+ "ON DUPLICATE KEY UPDATE sha256 = VALUES(sha256), published_at = VALUES(published_at), "
						+ "job_id = VALUES(job_id)",
				list, 500, (statement, page) -> {
					statement.setLong(1, siteId);
					statement.setString(2, page.objectKey());
					statement.setString(3, page.sha256());
					statement.setTimestamp(4, Timestamp.from(at));
					if (jobId != null) {
						statement.setLong(5, jobId);
					}
					else {
						statement.setNull(5, Types.BIGINT);
					}
				});
	}

	void remember(RenderedPage page, Instant at, Long jobId) {
		PublishedFile file = new PublishedFile();
		file.setSiteId(TenantContext.require().id());
		file.setObjectKey(page.objectKey());
		file.setSha256(page.sha256());
		file.setPublishedAt(at);
		file.setJobId(jobId);
		int updated = this.files.update(file,
				Wrappers.<PublishedFile>lambdaUpdate().eq(PublishedFile::getObjectKey, page.objectKey()));
		if (updated == 0) {
			this.files.insert(file);
		}
	}

	void forget(String objectKey) {
		this.files.delete(Wrappers.<PublishedFile>lambdaQuery().eq(PublishedFile::getObjectKey, objectKey));
	}

}
