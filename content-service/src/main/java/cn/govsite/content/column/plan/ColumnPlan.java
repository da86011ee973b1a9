package cn.govsite.content.column.plan;

import java.util.List;
import java.util.function.Consumer;

/**
 * 栏目方案 — a whole column tree with its content-guarantee table (a 任务分解表), read from a plan
 * file (format in {@code resources/plans/README.md}).
 */
public record ColumnPlan(String name, int version, String title, String source, List<PlanColumn> columns) {

	/** Every column of the plan, parents before their children, in plan order. */
	public void forEach(Consumer<PlanColumn> action) {
		this.columns.forEach(column -> column.walk(action));
	}

	public int size() {
		int[] count = { 0 };
		forEach(column -> count[0]++);
		return count[0];
	}

}
