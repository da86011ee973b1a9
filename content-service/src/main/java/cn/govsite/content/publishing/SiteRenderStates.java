package cn.govsite.content.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.govsite.common.tenant.TenantContext;

/**
 * Tells a publication which pages the column tree's changes since the last run affect:
 * the site map when a column was added, renamed or moved; every page (a queued site
 * republish) when the top level, which every page's navigation shows, changed. A site's
 * first publication also writes the pages it has regardless of content (site map, search,
 * 404, maintenance).
 */
@Component
class SiteRenderStates {

	private final SiteRenderStateMapper states;

	private final RenderJobs jobs;

	SiteRenderStates(SiteRenderStateMapper states, RenderJobs jobs) {
		this.states = states;
		this.jobs = jobs;
	}

	List<PageRef> changedPages(SitePages.Context context) {
		String tree = context.tree().treePrint();
		String nav = context.tree().navPrint();
		SiteRenderState state = this.states.selectById(TenantContext.require().id());
		List<PageRef> pages = new ArrayList<>();
		if (state == null) {
			pages.addAll(SitePages.fixed());
			remember(new SiteRenderState(), tree, nav, true);
			return pages;
		}
		if (!tree.equals(state.getTreePrint())) {
			pages.add(PageRef.of(PageRef.Kind.SITE_MAP));
		}
		if (!nav.equals(state.getNavPrint())) {
			this.jobs.queue(RenderJob.Kind.REPUBLISH, "navigation changed", "publisher");
		}
		if (!pages.isEmpty() || !nav.equals(state.getNavPrint())) {
			remember(state, tree, nav, false);
		}
		return pages;
	}

	/** After a full republish the stored prints are those of the tree it rendered. */
	void rendered(SitePages.Context context) {
		SiteRenderState state = this.states.selectById(TenantContext.require().id());
		remember((state != null) ? state : new SiteRenderState(), context.tree().treePrint(), context.tree().navPrint(),
				state == null);
	}

	private void remember(SiteRenderState state, String tree, String nav, boolean insert) {
		state.setSiteId(TenantContext.require().id());
		state.setTreePrint(tree);
		state.setNavPrint(nav);
		state.setUpdatedAt(Instant.now());
		if (insert) {
			this.states.insert(state);
		}
		else {
			this.states.updateById(state);
		}
	}

}
