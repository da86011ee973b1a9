package cn.govsite.content.column;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/** The columns of the request's site: creating them and finding them. */
@Service
public class ColumnService {

	private final ColumnMapper columns;

	private final Clock clock = Clock.systemUTC();

	ColumnService(ColumnMapper columns) {
		this.columns = columns;
	}

	@Transactional
	SiteColumn create(GovsitePrincipal principal, CreateColumnRequest request) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.SITE_ADMIN, Role.EDITOR);
		String name = request.name().strip();
		if (request.parentId() != null && find(request.parentId()).isEmpty()) {
			throw GovsiteException.invalid("parentId",
					Message.of("上级栏目不存在于本站点", "The parent column does not exist on this site"));
		}
		boolean taken = this.columns.exists(Wrappers.<SiteColumn>lambdaQuery()
			.eq(SiteColumn::getName, name)
			.eq(request.parentId() != null, SiteColumn::getParentId, request.parentId())
			.isNull(request.parentId() == null, SiteColumn::getParentId));
		if (taken) {
			throw GovsiteException
				.conflict(Message.of("同一上级下已有同名栏目：" + name, "A column named " + name + " already exists there"));
		}
		SiteColumn column = new SiteColumn();
		column.setSiteId(site.id());
		column.setParentId(request.parentId());
		column.setName(name);
		column.setSortOrder(0);
		column.setCreatedBy(principal.username());
		column.setCreatedAt(Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS));
		this.columns.insert(column);
		return column;
	}

	@Transactional(readOnly = true)
	List<SiteColumn> list(GovsitePrincipal principal) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER, Role.CHIEF);
		return this.columns.selectList(
				Wrappers.<SiteColumn>lambdaQuery().orderByAsc(SiteColumn::getSortOrder).orderByAsc(SiteColumn::getId));
	}

	/** The column of the current site with this id, if there is one. */
	public Optional<SiteColumn> find(long id) {
		return Optional.ofNullable(this.columns.selectById(id));
	}

	/** Every column of the current site by id, for naming columns in lists. */
	public Map<Long, SiteColumn> allById() {
		return this.columns.selectList(Wrappers.emptyWrapper())
			.stream()
			.collect(Collectors.toMap(SiteColumn::getId, Function.identity()));
	}

}
