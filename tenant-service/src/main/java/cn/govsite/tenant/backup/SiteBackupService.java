package cn.govsite.tenant.backup;

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
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.event.Outbox;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.tenant.identity.SiteGroups;
import cn.govsite.tenant.site.Site;
import cn.govsite.tenant.site.SiteKind;
import cn.govsite.tenant.site.SiteCreated;
import cn.govsite.tenant.site.SiteMapper;

/**
 * 站点备份与恢复 (tenant-service's part): the site record with its identity, the domain ledger,
 * the lifecycle history and identity changes. A restore writes them with their ids in one
 * transaction, announces the site ({@code SiteCreated}, for the gateway's and search's
 * directories) and makes sure its Keycloak groups exist. The audit log is the platform's
 * and stays out.
 */
@Service
public class SiteBackupService {

	static final String PART = "tenant";

	private final SiteTables tables;

	private final SiteMapper sites;

	private final SiteGroups groups;

	private final Outbox outbox;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	SiteBackupService(JdbcTemplate jdbc, SiteMapper sites, SiteGroups groups, Outbox outbox, JsonMapper json,
			TransactionTemplate transactions) {
		this.tables = new SiteTables(jdbc, "site", Set.of("audit_log", "audit_chain_head"), Set.of());
		this.sites = sites;
		this.groups = groups;
		this.outbox = outbox;
		this.json = json;
		this.transactions = transactions;
	}

	public byte[] export(String code, GovsitePrincipal by) {
		SiteAccess.requirePlatformAdmin(by);
		Site site = this.sites.findByCode(code)
			.orElseThrow(() -> new GovsiteException(ProblemType.SITE_NOT_FOUND,
					Message.of("没有代码为 " + code + " 的站点", "No site with code " + code)));
		BackupPart part = BackupPart.of(PART, site.getId(), site.getCode(), this.tables.export(site.getId()),
				List.of());
		return BackupZip.write(Map.of(BackupPart.dataEntry(PART), this.json.writeValueAsBytes(part)));
	}

	public Restored restore(InputStream archive, GovsitePrincipal by) {
		SiteAccess.requirePlatformAdmin(by);
		BackupPart part = BackupPart.read(BackupZip.read(archive, PART, BackupZip.MAX_UNPACKED), PART, this.json);
		this.tables.validate(part.siteId(), part.tables());
		Long parentId = rootRow(part);
		Map<String, Integer> written;
		try {
			written = this.transactions.execute(status -> {
				if (this.sites.selectById(part.siteId()) != null || this.sites.findByCode(part.siteCode()).isPresent()
						|| this.tables.holdsSite(part.siteId())) {
					throw BackupProblems.conflict("站点 " + part.siteCode() + "（编号 " + part.siteId() + "）已在本平台，未写入任何数据",
							"Site " + part.siteCode() + " (id " + part.siteId()
									+ ") is already on this platform; nothing was written");
				}
				if (parentId != null && this.sites.selectById(parentId) == null) {
					throw BackupProblems.conflict("上级站点（编号 " + parentId + "）不在本平台：请先恢复上级站点",
							"The parent site (id " + parentId + ") is not on this platform: restore it first");
				}
				Map<String, Integer> rows = this.tables.restore(part.tables());
				// From the archive's row: MyBatis' session cache still holds the "no such
				// site" read above (the rows went in through plain JDBC).
				this.outbox.record(SiteCreated.TYPE, new SiteRef(part.siteId(), part.siteCode()), created(part));
				this.groups.ensureSiteGroups(part.siteCode());
				return rows;
			});
		}
		catch (DuplicateKeyException ex) {
			throw BackupProblems.conflict("站点代码、域名或标识码已被本平台的其他站点使用，未写入任何数据",
					"The code, domain or identifier is used by another site here; nothing was written");
		}
		return new Restored(part.siteId(), part.siteCode(), written);
	}

	private static SiteCreated created(BackupPart part) {
		BackupPart.TableRows root = root(part);
		List<Object> row = root.rows().get(0);
		java.util.function.Function<String, Object> value = column -> row.get(root.columns().indexOf(column));
		Object parent = value.apply("parent_id");
		return new SiteCreated(part.siteId(), part.siteCode(), String.valueOf(value.apply("name")),
				SiteKind.valueOf((String) value.apply("kind")),
				(parent instanceof Number number) ? number.longValue() : null, String.valueOf(value.apply("domain")));
	}

	private static BackupPart.TableRows root(BackupPart part) {
		return part.tables()
			.stream()
			.filter(table -> table.table().equals("site"))
			.findFirst()
			.orElseThrow(() -> BackupProblems.invalid("备份文件缺少站点记录", "The archive lacks the site record"));
	}

	/** The site row must be the archive's site; returns its parent's id. */
	private static Long rootRow(BackupPart part) {
		BackupPart.TableRows root = root(part);
		int code = root.columns().indexOf("code");
		int parent = root.columns().indexOf("parent_id");
		if (root.rows().size() != 1 || code < 0 || parent < 0 || !part.siteCode().equals(root.rows().get(0).get(code))
				|| !validKind(root)) {
			throw BackupProblems.invalid("备份文件中的站点记录与其声明的站点不符",
					"The site record in the archive is not the site it names");
		}
		return (root.rows().get(0).get(parent) instanceof Number number) ? number.longValue() : null;
	}

	private static boolean validKind(BackupPart.TableRows root) {
		int kind = root.columns().indexOf("kind");
		return kind >= 0 && java.util.Arrays.stream(SiteKind.values())
			.anyMatch(known -> known.name().equals(root.rows().get(0).get(kind)));
	}

	/** What a restore wrote. */
	public record Restored(long siteId, String code, Map<String, Integer> rows) {

	}

}
