package cn.govsite.content.publishing;

import java.time.Instant;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.stereotype.Component;

import cn.govsite.common.tenant.TenantContext;

/** The recorded hash of every file publishing wrote for the current site. */
@Component
class PublishedFiles {

	private final PublishedFileMapper files;

	PublishedFiles(PublishedFileMapper files) {
		this.files = files;
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
