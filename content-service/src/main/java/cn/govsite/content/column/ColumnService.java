package cn.govsite.content.column;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.event.Outbox;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * The columns of the request's site: site admins manage the tree and its guarantees,
 * everyone working on the site reads them.
 */
@Service
public class ColumnService {

	private static final Comparator<SiteColumn> ORDER = Comparator.comparingInt(SiteColumn::getSortOrder)
		.thenComparing(SiteColumn::getId);

	private final ColumnMapper columns;

	private final Outbox outbox;

	private final Clock clock = Clock.systemUTC();

	ColumnService(ColumnMapper columns, Outbox outbox) {
		this.columns = columns;
		this.outbox = outbox;
	}

	/** The current site, once the person may manage its columns. */
	public static SiteRef requireManager(GovsitePrincipal principal) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.SITE_ADMIN);
		return site;
	}

	private static SiteRef requireReader(GovsitePrincipal principal) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER, Role.CHIEF);
		return site;
	}

	@Transactional
	SiteColumn create(GovsitePrincipal principal, ColumnRequest request) {
		SiteRef site = requireManager(principal);
		ColumnSpec spec = spec(request, null);
		List<String> before = structure();
		SiteColumn column = insert(site, request.parentId(), spec, null, principal.username());
		announceStructure(site, before, principal.username());
		return column;
	}

	/**
	 * The site's main column structure: its top-level columns' names, in the order the
	 * navigation shows them.
	 */
	public List<String> structure() {
		return this.columns.selectList(Wrappers.<SiteColumn>lambdaQuery().isNull(SiteColumn::getParentId))
			.stream()
			.sorted(ORDER)
			.map(SiteColumn::getName)
			.toList();
	}

	/**
	 * Records {@link ColumnStructureChanged} in the running transaction when the main
	 * structure differs from {@code before}.
	 */
	public void announceStructure(SiteRef site, List<String> before, String by) {
		List<String> after = structure();
		if (!after.equals(before)) {
			this.outbox.record(ColumnStructureChanged.TYPE, site,
					new ColumnStructureChanged(site.id(), site.code(), before, after, by, now()));
		}
	}

	/**
	 * Writes a new column under {@code parentId} after checking its rules, its parent and
	 * that no sibling has its name; for this service and for plans (inside their
	 * transaction).
	 */
	public SiteColumn insert(SiteRef site, Long parentId, ColumnSpec spec, String planName, String by) {
		List<FieldViolation> problems = new ArrayList<>(ColumnRules.check(spec, ""));
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		if (parentId != null) {
			SiteColumn parent = find(parentId).orElseThrow(ColumnService::unknownParent);
			if (depth(parent) + 1 >= ColumnRules.MAX_DEPTH) {
				throw tooDeep();
			}
		}
		String name = spec.name().strip();
		requireFreeName(parentId, name, null);
		String code = (spec.code() != null) ? spec.code() : ColumnCodes.generate(parentId, name, this::codeTaken);
		if (spec.code() != null && codeTaken(code)) {
			throw takenCode(code);
		}
		SiteColumn column = new SiteColumn();
		column.setSiteId(site.id());
		column.setParentId(parentId);
		column.setCode(code);
		apply(column, spec);
		column.setName(name);
		column.setPlanName(planName);
		column.setCreatedBy(by);
		column.setCreatedAt(now());
		column.setUpdatedAt(column.getCreatedAt());
		this.columns.insert(column);
		return column;
	}

	@Transactional(readOnly = true)
	List<SiteColumn> list(GovsitePrincipal principal) {
		requireReader(principal);
		return this.columns.selectList(
				Wrappers.<SiteColumn>lambdaQuery().orderByAsc(SiteColumn::getSortOrder).orderByAsc(SiteColumn::getId));
	}

	@Transactional(readOnly = true)
	List<ColumnView> tree(GovsitePrincipal principal) {
		requireReader(principal);
		Map<Long, List<SiteColumn>> byParent = this.columns.selectList(Wrappers.emptyWrapper())
			.stream()
			.sorted(ORDER)
			.collect(Collectors.groupingBy(c -> Objects.requireNonNullElse(c.getParentId(), 0L)));
		return branch(0L, byParent);
	}

	private static List<ColumnView> branch(long parentId, Map<Long, List<SiteColumn>> byParent) {
		return byParent.getOrDefault(parentId, List.of())
			.stream()
			.map(c -> ColumnView.of(c, branch(c.getId(), byParent)))
			.toList();
	}

	@Transactional(readOnly = true)
	SiteColumn get(GovsitePrincipal principal, long id) {
		requireReader(principal);
		return existing(id);
	}

	@Transactional
	SiteColumn update(GovsitePrincipal principal, long id, ColumnRequest request) {
		SiteRef site = requireManager(principal);
		SiteColumn column = existing(id);
		List<String> before = structure();
		if (request.parentId() != null && !request.parentId().equals(column.getParentId())) {
			throw GovsiteException.invalid("parentId",
					Message.of("移动栏目请使用 POST /columns/{id}/move", "Use POST /columns/{id}/move to move a column"));
		}
		ColumnSpec spec = spec(request, column.getSortOrder());
		List<FieldViolation> problems = ColumnRules.check(spec, "");
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		requireFreeName(column.getParentId(), spec.name().strip(), id);
		if (spec.code() != null && !spec.code().equals(column.getCode())) {
			if (codeTaken(spec.code())) {
				throw takenCode(spec.code());
			}
			column.setCode(spec.code());
		}
		apply(column, spec);
		column.setName(spec.name().strip());
		column.setUpdatedAt(now());
		// every field is set explicitly: updateById would skip the ones a person cleared
		this.columns.update(null,
				Wrappers.<SiteColumn>lambdaUpdate()
					.eq(SiteColumn::getId, id)
					.set(SiteColumn::getName, column.getName())
					.set(SiteColumn::getCode, column.getCode())
					.set(SiteColumn::getContent, column.getContent())
					.set(SiteColumn::getResponsibleUnit, column.getResponsibleUnit())
					.set(SiteColumn::getMethod, column.getMethod())
					.set(SiteColumn::getMethodText, column.getMethodText())
					.set(SiteColumn::getCycleKind, column.getCycleKind())
					.set(SiteColumn::getCycleCount, column.getCycleCount())
					.set(SiteColumn::getCycleText, column.getCycleText())
					.set(SiteColumn::getCategory, column.getCategory())
					.set(SiteColumn::getLinkUrl, column.getLinkUrl())
					.set(SiteColumn::getSortOrder, column.getSortOrder())
					.set(SiteColumn::getUpdatedAt, column.getUpdatedAt()));
		announceStructure(site, before, principal.username());
		return column;
	}

	@Transactional
	void delete(GovsitePrincipal principal, long id) {
		SiteRef site = requireManager(principal);
		List<String> before = structure();
		SiteColumn column = existing(id);
		if (this.columns.exists(Wrappers.<SiteColumn>lambdaQuery().eq(SiteColumn::getParentId, id))) {
			throw GovsiteException.conflict(Message.of("栏目“" + column.getName() + "”还有下级栏目，不能删除",
					"Column " + column.getName() + " still has sub-columns"));
		}
		long items = this.columns.countItems(id);
		if (items > 0) {
			throw GovsiteException.conflict(Message.of("栏目“" + column.getName() + "”还有 " + items + " 条信息，不能删除",
					"Column " + column.getName() + " still holds " + items + " items"));
		}
		this.columns.deleteById(id);
		announceStructure(site, before, principal.username());
	}

	@Transactional
	SiteColumn move(GovsitePrincipal principal, long id, MoveColumnRequest request) {
		SiteRef site = requireManager(principal);
		List<String> before = structure();
		SiteColumn column = existing(id);
		Long target = request.parentId();
		if (target != null) {
			Map<Long, SiteColumn> all = allById();
			SiteColumn parent = all.get(target);
			if (parent == null) {
				throw unknownParent();
			}
			for (SiteColumn up = parent; up != null; up = (up.getParentId() != null) ? all.get(up.getParentId())
					: null) {
				if (up.getId().equals(id)) {
					throw GovsiteException.invalid("parentId", Message.of("不能把栏目移到它自己或它的下级栏目之下",
							"A column cannot move under itself or its own sub-columns"));
				}
			}
			if (depth(parent) + 1 + height(id, all) > ColumnRules.MAX_DEPTH) {
				throw tooDeep();
			}
		}
		requireFreeName(target, column.getName(), id);
		column.setParentId(target);
		if (request.sortOrder() != null) {
			column.setSortOrder(request.sortOrder());
		}
		column.setUpdatedAt(now());
		this.columns.update(null,
				Wrappers.<SiteColumn>lambdaUpdate()
					.eq(SiteColumn::getId, id)
					.set(SiteColumn::getParentId, target)
					.set(SiteColumn::getSortOrder, column.getSortOrder())
					.set(SiteColumn::getUpdatedAt, column.getUpdatedAt()));
		announceStructure(site, before, principal.username());
		return column;
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

	/** Names of the current site's top-level columns. */
	public List<String> topLevelNames() {
		return this.columns.selectList(Wrappers.<SiteColumn>lambdaQuery().isNull(SiteColumn::getParentId))
			.stream()
			.map(SiteColumn::getName)
			.toList();
	}

	private SiteColumn existing(long id) {
		return find(id).orElseThrow(() -> GovsiteException.notFound("栏目", "Column", id));
	}

	private static ColumnSpec spec(ColumnRequest request, Integer currentOrder) {
		List<FieldViolation> problems = new ArrayList<>();
		GuaranteeMethod method = ColumnRules.method(request.method(), GuaranteeMethod.PUBLISH_AFTER_REVIEW, "method",
				problems);
		UpdateCycle cycle = ColumnRules
			.cycle(request.cycleKind(), request.cycleCount(), request.cycleText(), "cycle", problems)
			.orElse(null);
		InspectionCategory category = ColumnRules.category(request.category(), null, "category", problems);
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		int order = (request.sortOrder() != null) ? request.sortOrder() : Objects.requireNonNullElse(currentOrder, 0);
		return new ColumnSpec(request.name(), blankToNull(request.code()), blankToNull(request.content()),
				blankToNull(request.responsibleUnit()), method, blankToNull(request.methodText()), cycle, category,
				blankToNull(request.linkUrl()), order);
	}

	private static void apply(SiteColumn column, ColumnSpec spec) {
		column.setContent(spec.content());
		column.setResponsibleUnit(spec.responsibleUnit());
		column.setMethod(spec.method());
		column.setMethodText(spec.methodText());
		column.setCycle(spec.cycle());
		column.setCategory(spec.category());
		column.setLinkUrl(spec.linkUrl());
		column.setSortOrder(spec.sortOrder());
	}

	private void requireFreeName(Long parentId, String name, Long except) {
		boolean taken = this.columns.exists(Wrappers.<SiteColumn>lambdaQuery()
			.eq(SiteColumn::getName, name)
			.eq(parentId != null, SiteColumn::getParentId, parentId)
			.isNull(parentId == null, SiteColumn::getParentId)
			.ne(except != null, SiteColumn::getId, except));
		if (taken) {
			throw GovsiteException
				.conflict(Message.of("同一上级下已有同名栏目：" + name, "A column named " + name + " already exists there"));
		}
	}

	private boolean codeTaken(String code) {
		return this.columns.exists(Wrappers.<SiteColumn>lambdaQuery().eq(SiteColumn::getCode, code));
	}

	private int depth(SiteColumn column) {
		int depth = 0;
		for (Long up = column.getParentId(); up != null && depth <= ColumnRules.MAX_DEPTH; depth++) {
			up = find(up).map(SiteColumn::getParentId).orElse(null);
		}
		return depth;
	}

	private static int height(long id, Map<Long, SiteColumn> all) {
		return 1 + all.values()
			.stream()
			.filter(c -> Objects.equals(c.getParentId(), id))
			.mapToInt(c -> height(c.getId(), all))
			.max()
			.orElse(0);
	}

	private static GovsiteException tooDeep() {
		return GovsiteException.invalid("parentId", Message.of("栏目层级不能超过 " + ColumnRules.MAX_DEPTH + " 级",
				"Columns nest at most " + ColumnRules.MAX_DEPTH + " levels deep"));
	}

	private static GovsiteException unknownParent() {
		return GovsiteException.invalid("parentId",
				Message.of("上级栏目不存在于本站点", "The parent column does not exist on this site"));
	}

	private static GovsiteException takenCode(String code) {
		return GovsiteException.conflict(Message.of("栏目代码已被使用：" + code, "The column code is taken: " + code));
	}

	static GovsiteException invalid(List<FieldViolation> problems) {
		return new GovsiteException(ProblemType.VALIDATION, Message.of("请求参数校验失败", "Request validation failed"),
				problems);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
	}

}
