package cn.govsite.content.backup;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.backup.BackupPart;
import cn.govsite.common.backup.BackupProblems;
import cn.govsite.common.backup.BackupZip;
import cn.govsite.common.backup.SiteTables;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * 站点备份与恢复 (content-service's part): columns, articles with their versions, reviews and
 * findings, templates, pushes, media usages, the interaction data (mailboxes and letters,
 * surveys, Q&A) and supervision results. Published pages are not copied: the target
 * re-renders them (full republish), and render jobs, page records and tamper alerts start
 * afresh there. The site replica ({@code site_profile}, {@code site_identity}) is written
 * over, as events may have filled it already.
 */
@Service
public class SiteBackupService {

	static final String PART = "content";

	private final SiteTables tables;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	SiteBackupService(JdbcTemplate jdbc, JsonMapper json, TransactionTemplate transactions) {
		this.tables = new SiteTables(jdbc, null,
				Set.of("render_job", "site_render_state", "published_file", "tamper_alert"),
				Set.of("site_profile", "site_identity"));
		this.json = json;
		this.transactions = transactions;
	}

	/** The current site's part (the site comes from the gateway's signed headers). */
	public byte[] export(GovsitePrincipal by) {
		SiteAccess.requirePlatformAdmin(by);
		SiteRef site = TenantContext.require();
		BackupPart part = BackupPart.of(PART, site.id(), site.code(), this.tables.export(site.id()), List.of());
		return BackupZip.write(Map.of(BackupPart.dataEntry(PART), this.json.writeValueAsBytes(part)));
	}

	public Restored restore(InputStream archive, GovsitePrincipal by) {
		SiteAccess.requirePlatformAdmin(by);
		BackupPart part = BackupPart.read(BackupZip.read(archive, PART, BackupZip.MAX_UNPACKED), PART, this.json);
		this.tables.validate(part.siteId(), part.tables());
		try {
			return this.transactions.execute(status -> {
				if (this.tables.holdsSite(part.siteId())) {
					throw BackupProblems.conflict("站点 " + part.siteCode() + " 的内容已在本平台，未写入任何数据",
							"Content of site " + part.siteCode() + " is already on this platform; nothing was written");
				}
				return new Restored(part.siteId(), part.siteCode(), this.tables.restore(part.tables()));
			});
		}
		catch (DuplicateKeyException ex) {
			throw BackupProblems.conflict("备份中的编号已被本平台的其他站点使用，未写入任何数据",
					"Ids in the archive are used by another site here; nothing was written");
		}
	}

	/** What a restore wrote. */
	public record Restored(long siteId, String code, Map<String, Integer> rows) {

	}

}
