package cn.govsite.content.column.plan;

import java.util.List;
import java.util.function.Consumer;

import cn.govsite.content.column.ColumnSpec;

/** One column of a plan: its fields, its children and where it stands in the file. */
public record PlanColumn(String path, ColumnSpec spec, List<PlanColumn> children) {

	void walk(Consumer<PlanColumn> action) {
		action.accept(this);
		this.children.forEach(child -> child.walk(action));
	}

}
