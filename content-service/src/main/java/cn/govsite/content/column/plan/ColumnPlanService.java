package cn.govsite.content.column.plan;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.content.column.ColumnService;
import cn.govsite.content.column.SiteColumn;

/**
 * Creates a plan's whole column tree on the current site in one transaction. A plan is
 * applied to a site once: it is refused while any of its top-level columns already exists
 * there (rather than merged, so a re-run never half-duplicates a tree).
 */
@Service
class ColumnPlanService {

	private final ColumnService columns;

	ColumnPlanService(ColumnService columns) {
		this.columns = columns;
	}

	@Transactional
	Applied apply(GovsitePrincipal principal, ColumnPlan plan) {
		SiteRef site = ColumnService.requireManager(principal);
		List<String> existing = this.columns.topLevelNames();
		List<String> clash = plan.columns()
			.stream()
			.map(c -> c.spec().name().strip())
			.filter(existing::contains)
			.toList();
		if (!clash.isEmpty()) {
			throw GovsiteException.conflict(Message.of("本站点已有方案中的栏目：" + String.join("、", clash),
					"The site already has columns of the plan: " + String.join(", ", clash)));
		}
		List<String> before = this.columns.structure();
		int[] created = { 0 };
		for (PlanColumn column : plan.columns()) {
			insert(site, null, column, plan.name(), principal.username(), created);
		}
		this.columns.announceStructure(site, before, principal.username());
		return new Applied(plan.name(), created[0]);
	}

	private void insert(SiteRef site, Long parentId, PlanColumn column, String plan, String by, int[] created) {
		SiteColumn saved = this.columns.insert(site, parentId, column.spec(), plan, by);
		created[0]++;
		for (PlanColumn child : column.children()) {
			insert(site, saved.getId(), child, plan, by, created);
		}
	}

	/** What applying did: the plan and how many columns it created. */
	record Applied(String plan, int created) {

	}

}
