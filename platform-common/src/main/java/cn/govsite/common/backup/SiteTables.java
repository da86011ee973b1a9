package cn.govsite.common.backup;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.govsite.common.backup.BackupPart.TableRows;

/**
 * A service's tables as a site backup sees them: every table of its schema with a
 * {@code site_id} column (and, for tenant-service, the root table keyed by {@code id}),
 * less those that are derived or platform-wide (the outbox, render jobs, published-file
 * records). Rows are read and written with plain JDBC, so ids are kept as they were.
 * Values travel as JSON: numbers, booleans, strings (dates as the database prints them,
 * decimals as text) and {@code {"base64": "..."}} for binary columns.
 */
public final class SiteTables {

	private static final String SITE_COLUMN = "site_id";

	private final JdbcTemplate jdbc;

	private final String root;

	private final Set<String> excluded;

	private final Set<String> replicas;

	/**
	 * @param root the table whose {@code id} is the site (tenant-service's {@code site}),
	 * or null
	 * @param excluded tables never backed up (besides {@code outbox_event})
	 * @param replicas copies of another service's data, written over on restore (upsert)
	 * and not counted as the site being present
	 */
	public SiteTables(JdbcTemplate jdbc, String root, Set<String> excluded, Set<String> replicas) {
		this.jdbc = jdbc;
		this.root = root;
		Set<String> all = new HashSet<>(excluded);
		all.add("outbox_event");
		this.excluded = Set.copyOf(all);
		this.replicas = Set.copyOf(replicas);
	}

	/** The tables backed up, the root first, then by name. */
	public List<String> tables() {
		List<String> tables = new ArrayList<>();
		if (this.root != null) {
			tables.add(this.root);
		}
		this.jdbc
			.queryForList("SELECT table_name FROM information_schema.columns WHERE table_schema = DATABASE() "
					+ "AND column_name = ? ORDER BY table_name", String.class, SITE_COLUMN)
			.stream()
			.map(name -> name.toLowerCase(Locale.ROOT))
			.filter(name -> !this.excluded.contains(name) && !name.equals(this.root))
			.forEach(tables::add);
		return tables;
	}

	/** The site's rows of every table. */
	public List<TableRows> export(long siteId) {
		List<TableRows> dump = new ArrayList<>();
		for (String table : tables()) {
			String columns = String.join(", ", columns(table).stream().map(c -> "`" + c + "`").toList());
			dump.add(this.jdbc.query(
					"SELECT " + columns + " FROM `" + table + "` WHERE `" + keyColumn(table) + "` = ? ORDER BY 1",
					(org.springframework.jdbc.core.ResultSetExtractor<TableRows>) rs -> rows(table, rs), siteId));
		}
		return dump;
	}

	/**
	 * Checks the archive's tables against this schema before anything is written: known
	 * tables and columns only, every row of the archive's site.
	 */
	public void validate(long siteId, List<TableRows> tables) {
		Set<String> known = new HashSet<>(tables());
		for (TableRows table : tables) {
			if (!known.contains(table.table())) {
				throw BackupProblems.invalid("备份文件含有本服务没有的表：" + table.table(),
						"The archive holds a table this service does not back up: " + table.table());
			}
			Set<String> columns = new HashSet<>(columns(table.table()));
			int key = table.columns().indexOf(keyColumn(table.table()));
			for (String column : table.columns()) {
				if (column == null || !columns.contains(column)) {
					throw BackupProblems.invalid("表 " + table.table() + " 没有列 " + column + "（备份来自不同的版本）", "Table "
							+ table.table() + " has no column " + column + " (the archive is of another version)");
				}
			}
			if (key < 0) {
				throw BackupProblems.invalid("表 " + table.table() + " 的数据缺少站点列",
						"Table " + table.table() + " lacks its site column");
			}
			for (List<Object> row : table.rows()) {
				bindable(row);
				if (!(row.get(key) instanceof Number number) || number.longValue() != siteId) {
					throw BackupProblems.invalid("表 " + table.table() + " 含有其他站点的行",
							"Table " + table.table() + " holds rows of another site");
				}
			}
		}
	}

	/** Whether any table (replicas aside) already holds rows of the site. */
	public boolean holdsSite(long siteId) {
		for (String table : tables()) {
			if (this.replicas.contains(table)) {
				continue;
			}
			Integer found = this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM `" + table + "` WHERE `" + keyColumn(table) + "` = ?", Integer.class, siteId);
			if (found != null && found > 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Writes the rows, the root table first; call inside the restore's transaction after
	 * {@link #validate}. A duplicate key (an id another site holds) throws, rolling back.
	 * @return rows written per table
	 */
	public Map<String, Integer> restore(List<TableRows> tables) {
		List<TableRows> ordered = new ArrayList<>(tables);
		ordered.sort((a, b) -> Boolean.compare(!a.table().equals(this.root), !b.table().equals(this.root)));
		Map<String, Integer> written = new LinkedHashMap<>();
		for (TableRows table : ordered) {
			if (table.rows().isEmpty()) {
				continue;
			}
			String columns = String.join(", ", table.columns().stream().map(c -> "`" + c + "`").toList());
			String marks = String.join(", ", table.columns().stream().map(c -> "?").toList());
			String verb = this.replicas.contains(table.table()) ? "REPLACE" : "INSERT";
			String sql = verb + " INTO `" + table.table() + "` (" + columns + ") VALUES (" + marks + ")";
			List<Object[]> values = table.rows().stream().map(SiteTables::bindable).toList();
			this.jdbc.batchUpdate(sql, values);
			written.put(table.table(), values.size());
		}
		return written;
	}

	/**
	 * The table's columns a backup carries, in table order: generated columns are left
	 * out (the database computes them again, and refuses a value for them).
	 */
	private List<String> columns(String table) {
		return this.jdbc
			.queryForList(
					"SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
							+ "AND table_name = ? AND extra NOT LIKE '%GENERATED%' ORDER BY ordinal_position",
					String.class, table)
			.stream()
			.map(name -> name.toLowerCase(Locale.ROOT))
			.toList();
	}

	private String keyColumn(String table) {
		return table.equals(this.root) ? "id" : SITE_COLUMN;
	}

	private static TableRows rows(String table, ResultSet rs) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		List<String> columns = new ArrayList<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
		}
		List<List<Object>> rows = new ArrayList<>();
		while (rs.next()) {
			List<Object> row = new ArrayList<>(columns.size());
			for (int i = 1; i <= columns.size(); i++) {
				row.add(value(rs, i, meta.getColumnType(i)));
			}
			rows.add(row);
		}
		return new TableRows(table, columns, rows);
	}

	private static Object value(ResultSet rs, int i, int type) throws SQLException {
		Object value = switch (type) {
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
				byte[] bytes = rs.getBytes(i);
				yield (bytes != null) ? Map.of("base64", Base64.getEncoder().encodeToString(bytes)) : null;
			}
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> rs.getLong(i);
			case Types.FLOAT, Types.REAL, Types.DOUBLE -> rs.getDouble(i);
			case Types.BIT, Types.BOOLEAN -> rs.getBoolean(i);
			case Types.DECIMAL, Types.NUMERIC -> {
				java.math.BigDecimal decimal = rs.getBigDecimal(i);
				yield (decimal != null) ? decimal.toPlainString() : null;
			}
			// Dates and times as the database prints them: read back the same in the same
			// session time zone, whatever the JVM's.
			default -> rs.getString(i);
		};
		return rs.wasNull() ? null : value;
	}

	private static Object[] bindable(List<Object> row) {
		Object[] values = new Object[row.size()];
		for (int i = 0; i < values.length; i++) {
			Object value = row.get(i);
			if (value instanceof Map<?, ?> map && map.get("base64") instanceof String encoded) {
				try {
					value = Base64.getDecoder().decode(encoded);
				}
				catch (IllegalArgumentException ex) {
					throw BackupProblems.invalid("备份文件中的二进制值无效", "A binary value in the archive is not base64");
				}
			}
			else if (value instanceof Map<?, ?> || value instanceof List<?>) {
				throw BackupProblems.invalid("备份文件中的值类型无效", "A value in the archive has an invalid type");
			}
			values[i] = value;
		}
		return values;
	}

}
