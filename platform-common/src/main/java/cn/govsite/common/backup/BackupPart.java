package cn.govsite.common.backup;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's share of a site backup (站点备份), the {@code {service}/data.json} entry of
 * the archive: the site's rows of every table the service owns, and for the library the
 * list of stored files whose bytes are the {@code {service}/objects/{key}} entries. See
 * {@code docs/notes/backup.md}.
 */
public record BackupPart(String format, int version, String service, long siteId, String siteCode, String exportedAt,
		List<TableRows> tables, List<StoredFile> objects) {

	public static final String FORMAT = "govsite-site-backup";

	public static final int VERSION = 1;

	public BackupPart {
		tables = (tables != null) ? List.copyOf(tables) : List.of();
		objects = (objects != null) ? List.copyOf(objects) : List.of();
	}

	public static BackupPart of(String service, long siteId, String siteCode, List<TableRows> tables,
			List<StoredFile> objects) {
		return new BackupPart(FORMAT, VERSION, service, siteId, siteCode,
				java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), tables, objects);
	}

	public static String dataEntry(String service) {
		return service + "/data.json";
	}

	public static String objectEntry(String service, String key) {
		return service + "/objects/" + key;
	}

	/** The service's part of the archive, checked for shape; a bad one is a 400. */
	public static BackupPart read(Map<String, byte[]> archive, String service, JsonMapper json) {
		byte[] data = archive.get(dataEntry(service));
		if (data == null) {
			throw BackupProblems.invalid("备份文件缺少 " + dataEntry(service), "The archive lacks " + dataEntry(service));
		}
		BackupPart part;
		try {
			part = json.readValue(data, BackupPart.class);
		}
		catch (JacksonException ex) {
			throw BackupProblems.invalid("无法读取 " + dataEntry(service) + "：" + ex.getOriginalMessage(),
					"Cannot read " + dataEntry(service) + ": " + ex.getOriginalMessage());
		}
		part.check(service);
		return part;
	}

	private void check(String expectedService) {
		if (!FORMAT.equals(this.format) || this.version != VERSION) {
			throw BackupProblems.invalid("不支持的备份格式：" + this.format + " v" + this.version,
					"Unsupported archive format: " + this.format + " v" + this.version);
		}
		if (!expectedService.equals(this.service) || this.siteId <= 0 || this.siteCode == null
				|| this.siteCode.isBlank()) {
			throw BackupProblems.invalid("备份文件未正确指明服务和站点", "The archive does not name its service and site properly");
		}
		Set<String> seen = new HashSet<>();
		for (TableRows table : this.tables) {
			if (table.table() == null || table.columns() == null || table.rows() == null || !seen.add(table.table())) {
				throw BackupProblems.invalid("备份文件中的表数据不完整或重复", "A table in the archive is incomplete or repeated");
			}
			for (List<Object> row : table.rows()) {
				if (row == null || row.size() != table.columns().size()) {
					throw BackupProblems.invalid("表 " + table.table() + " 的某行列数不符",
							"A row of table " + table.table() + " has the wrong number of values");
				}
			}
		}
	}

	/** A table's rows for the site, values in column order. */
	public record TableRows(String table, List<String> columns, List<List<Object>> rows) {

	}

	/** A stored file of the site: its key, type, size and SHA-256 (hex). */
	public record StoredFile(String key, String contentType, long size, String sha256) {

	}

}
