package cn.govsite.content.publishing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.govsite.content.column.SiteColumn;

/**
 * A site's columns as a tree, for what publishing needs of it: a column's ancestors (the
 * breadcrumb and the lists an article appears in), its subtree (what its list shows), the
 * top level (navigation, home blocks) and fingerprints telling when the tree or the top
 * level changed.
 */
final class ColumnTree {

	static final long ROOT = 0L;

	private static final Comparator<SiteColumn> ORDER = Comparator.comparingInt(SiteColumn::getSortOrder)
		.thenComparing(SiteColumn::getId);

	private final Map<Long, SiteColumn> byId;

	private final Map<Long, List<SiteColumn>> children = new HashMap<>();

	ColumnTree(Map<Long, SiteColumn> byId) {
		this.byId = byId;
		for (SiteColumn column : byId.values()) {
			this.children.computeIfAbsent(parentOf(column), k -> new ArrayList<>()).add(column);
		}
		this.children.values().forEach(list -> list.sort(ORDER));
	}

	Map<Long, SiteColumn> byId() {
		return this.byId;
	}

	Map<Long, List<SiteColumn>> childrenByParent() {
		return Collections.unmodifiableMap(this.children);
	}

	List<SiteColumn> topLevel() {
		return this.children.getOrDefault(ROOT, List.of());
	}

	/**
	 * The column and its ancestors, root first (a broken chain stops where it breaks).
	 */
	List<SiteColumn> path(long columnId) {
		List<SiteColumn> path = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (SiteColumn column = this.byId.get(columnId); column != null
				&& seen.add(column.getId()); column = this.byId.get(parentOf(column))) {
			path.add(0, column);
		}
		return path;
	}

	/** The column and every column below it. */
	Set<Long> subtree(long columnId) {
		Set<Long> ids = new LinkedHashSet<>();
		List<Long> open = new ArrayList<>(List.of(columnId));
		while (!open.isEmpty()) {
			long id = open.remove(open.size() - 1);
			if (ids.add(id)) {
				this.children.getOrDefault(id, List.of()).forEach(child -> open.add(child.getId()));
			}
		}
		return ids;
	}

	/** Changes when a column is added, removed, renamed or moved. */
	String treePrint() {
		StringBuilder text = new StringBuilder();
		this.byId.values()
			.stream()
			.sorted(Comparator.comparing(SiteColumn::getId))
			.forEach(c -> text.append(c.getId())
				.append('|')
				.append(parentOf(c))
				.append('|')
				.append(c.getSortOrder())
				.append('|')
				.append(c.getName())
				.append('\n'));
		return RenderedPage.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Changes when what the navigation shows (the top level) changes. */
	String navPrint() {
		StringBuilder text = new StringBuilder();
		topLevel().forEach(c -> text.append(c.getId()).append('|').append(c.getName()).append('\n'));
		return RenderedPage.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static long parentOf(SiteColumn column) {
		return (column.getParentId() != null) ? column.getParentId() : ROOT;
	}

}
