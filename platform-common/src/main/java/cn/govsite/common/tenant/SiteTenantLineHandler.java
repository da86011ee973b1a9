package cn.govsite.common.tenant;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.baomidou.mybatisplus.extension.plugins.handler.TenantLineHandler;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;

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

	@Override
	public boolean ignoreTable(String tableName) {
		String name = tableName.replace("`", "").toLowerCase(Locale.ROOT);
		return TenantContext.isPlatformWide() || this.sharedTables.contains(name);
	}

}
