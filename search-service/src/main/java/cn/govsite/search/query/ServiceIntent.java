package cn.govsite.search.query;

import java.util.List;

/**
 * 办事意图 — whether a query asks how to get something done ("公积金怎么提取", "…需要什么材料"). Such
 * queries put service guides first (搜索即服务): a citizen who asks how wants the guide, not
 * the policy it implements.
 */
final class ServiceIntent {

	/** Phrases that ask how, where or with what; matched on the query as typed. */
	static final List<String> MARKERS = List.of("怎么", "怎样", "如何", "哪里", "去哪", "在哪", "办理", "需要什么", "什么材料", "哪些材料",
			"所需材料", "手续", "流程", "办事");

	/** Column category of service guides, and the item type they will have. */
	static final String GUIDE_CATEGORY = "办事指南";

	static final String SERVICE_TYPE = "service";

	private ServiceIntent() {
	}

	static boolean of(String query) {
		return query != null && MARKERS.stream().anyMatch(query::contains);
	}

}
