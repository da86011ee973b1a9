package cn.govsite.search.site;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiteTreeTest {

	private final SiteTree tree = new SiteTree(List.of(new SiteTree.Node(1, "city", null),
			new SiteTree.Node(2, "dept", 1L), new SiteTree.Node(3, "district", 1L), new SiteTree.Node(4, "town", 3L),
			new SiteTree.Node(5, "other", null)));

	@Test
	void aSiteWithEverySiteBelowIt() {
		assertThat(this.tree.selfAndDescendants("city")).containsExactlyInAnyOrder("city", "dept", "district", "town");
		assertThat(this.tree.selfAndDescendants("district")).containsExactlyInAnyOrder("district", "town");
		assertThat(this.tree.selfAndDescendants("other")).containsExactly("other");
	}

	@Test
	void anUnknownSiteIsJustItself() {
		assertThat(this.tree.selfAndDescendants("new")).containsExactly("new");
	}

	@Test
	void aCycleInBadDataEnds() {
		SiteTree cyclic = new SiteTree(List.of(new SiteTree.Node(1, "a", 2L), new SiteTree.Node(2, "b", 1L)));
		assertThat(cyclic.selfAndDescendants("a")).containsExactlyInAnyOrder("a", "b");
	}

}
