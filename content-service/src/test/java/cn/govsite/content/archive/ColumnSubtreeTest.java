package cn.govsite.content.archive;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.govsite.content.column.SiteColumn;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnSubtreeTest {

	@Test
	void aBranchIsTheColumnAndEverythingBelowIt() {
		Map<Long, SiteColumn> all = new HashMap<>();
		put(all, 1, null);
		put(all, 2, 1L);
		put(all, 3, 2L);
		put(all, 4, 1L);
		put(all, 5, null);
		put(all, 6, 5L);
		assertThat(ColumnSubtree.of(1, all)).containsExactly(1L, 2L, 4L, 3L);
		assertThat(ColumnSubtree.of(2, all)).containsExactly(2L, 3L);
		assertThat(ColumnSubtree.of(6, all)).containsExactly(6L);
	}

	@Test
	void aCycleInBrokenDataDoesNotLoop() {
		Map<Long, SiteColumn> all = new HashMap<>();
		put(all, 1, 2L);
		put(all, 2, 1L);
		assertThat(ColumnSubtree.of(1, all)).containsExactly(1L, 2L);
	}

	private static void put(Map<Long, SiteColumn> all, long id, Long parent) {
		SiteColumn column = new SiteColumn();
		column.setId(id);
		column.setParentId(parent);
		all.put(id, column);
	}

}
