package cn.govsite.search.site;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 站群 — the sites as a tree (a city portal and its departments and districts), for the "a
 * site and its children" search scope. Plain data, built from what {@link SiteDirectory}
 * stored.
 */
public final class SiteTree {

	/** One site as tenant-service announced it. */
	public record Node(long id, String code, Long parentId) {
	}

	private final Map<Long, Node> byId = new HashMap<>();

	private final Map<String, Node> byCode = new HashMap<>();

	private final Map<Long, List<Node>> children = new HashMap<>();

	public SiteTree(Collection<Node> nodes) {
		for (Node node : nodes) {
			this.byId.put(node.id(), node);
			this.byCode.put(node.code(), node);
		}
		for (Node node : nodes) {
			if (node.parentId() != null) {
				this.children.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node);
			}
		}
	}

	/**
	 * The site and every site below it, by code; only the site itself when it is not
	 * known (yet).
	 */
	public Set<String> selfAndDescendants(String code) {
		Set<String> codes = new LinkedHashSet<>();
		codes.add(code);
		Node root = this.byCode.get(code);
		if (root == null) {
			return codes;
		}
		Deque<Node> todo = new ArrayDeque<>(List.of(root));
		Set<Long> seen = new java.util.HashSet<>();
		while (!todo.isEmpty()) {
			Node node = todo.pop();
			if (!seen.add(node.id())) {
				continue; // a cycle in bad data must not loop forever
			}
			codes.add(node.code());
			todo.addAll(this.children.getOrDefault(node.id(), List.of()));
		}
		return codes;
	}

}
