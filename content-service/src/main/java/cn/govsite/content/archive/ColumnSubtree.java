package cn.govsite.content.archive;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.govsite.content.column.SiteColumn;

/** A column and every column below it: archiving a column archives its branch. */
final class ColumnSubtree {

	private ColumnSubtree() {
	}

	/** Ids of {@code rootId} and its descendants, parents before children. */
	static Set<Long> of(long rootId, Map<Long, SiteColumn> all) {
		Set<Long> found = new LinkedHashSet<>();
		Deque<Long> todo = new ArrayDeque<>();
		todo.add(rootId);
		while (!todo.isEmpty()) {
			Long id = todo.poll();
			if (!found.add(id)) {
				continue; // a cycle would be a data error; never loop on it
			}
			all.values()
				.stream()
				.filter(c -> Objects.equals(c.getParentId(), id))
				.map(SiteColumn::getId)
				.sorted()
				.forEach(todo::add);
		}
		return found;
	}

}
