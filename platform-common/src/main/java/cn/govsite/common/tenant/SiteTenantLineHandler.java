package cn.govsite.common.tenant;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.baomidou.mybatisplus.extension.plugins.handler.TenantLineHandler;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.schema.Column;

/**
 * Adds {@code site_id = ?} to every statement on a tenant-owned table. Without a site in
 * the {@link TenantContext} the statement fails (closed), unless the caller declared the
 * work platform-wide.
 */
public class SiteTenantLineHandler implements TenantLineHandler {

	public static final String COLUMN = "site_id";

	private final Set<String> sharedTables;

	public SiteTenantLineHandler(Set<String> sharedTables) {
		this.sharedTables = sharedTables.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
	}

	@Override
	public Expression getTenantId() {
		return new LongValue(TenantContext.require().id());
	}

	@Override
	public String getTenantIdColumn() {
		return COLUMN;
	}

	/**
	 * An insert that names {@code site_id} itself keeps its value, but only inside a
	 * site's context (or declared platform-wide work): without one it fails like every
	 * other statement instead of writing a row for any site.
	 */
	@Override
	public boolean ignoreInsert(List<Column> columns, String tenantIdColumn) {
		boolean named = columns.stream().anyMatch(column -> column.getColumnName().equalsIgnoreCase(tenantIdColumn));
		if (named && !TenantContext.isPlatformWide()) {
			TenantContext.require();
		}
		return named;
	}

	@Override
	public boolean ignoreTable(String tableName) {
		String name = tableName.replace("`", "").toLowerCase(Locale.ROOT);
		return TenantContext.isPlatformWide() || this.sharedTables.contains(name);
	}

}
