package cn.govsite.content.publishing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which numbered list pages change when an article joins or leaves a column's list. */
class ColumnPagesTest {

	@Test
	void appendingToAPageWithRoomChangesOnlyTheLastPage() {
		assertThat(ColumnPages.changed(42, 42, 43, 20)).isEqualTo(new ColumnPages.Range(3, 3, 3));
		assertThat(ColumnPages.changed(0, 0, 1, 20)).isEqualTo(new ColumnPages.Range(1, 1, 1));
	}

	@Test
	void startingANewPageAlsoChangesThePreviousLastPagesLink() {
		assertThat(ColumnPages.changed(40, 40, 41, 20)).isEqualTo(new ColumnPages.Range(2, 3, 2));
	}

	@Test
	void anInsertInThePastShiftsThePagesAfterIt() {
		assertThat(ColumnPages.changed(5, 50, 51, 20)).isEqualTo(new ColumnPages.Range(1, 3, 3));
	}

	@Test
	void removingTheOnlyArticleOfTheLastPageDropsThatPage() {
		ColumnPages.Range range = ColumnPages.changed(40, 41, 40, 20);
		assertThat(range).isEqualTo(new ColumnPages.Range(2, 2, 3));
		assertThat(range.count()).isEqualTo(1);
	}

	@Test
	void anEmptyListStillHasOnePage() {
		assertThat(ColumnPages.pages(0, 20)).isEqualTo(1);
		assertThat(ColumnPages.changed(0, 1, 0, 20)).isEqualTo(new ColumnPages.Range(1, 1, 1));
	}

	@Test
	void theNewestPagesAreReadFromTheNewestEnd() {
		// 100,000 items, 20 a page: the last page is the newest 20, the one before it
		// the 20 after those.
		assertThat(ColumnPages.slice(100_000, 5000, 20)).isEqualTo(new ColumnPages.Slice(true, 0, 20));
		assertThat(ColumnPages.slice(100_000, 4999, 20)).isEqualTo(new ColumnPages.Slice(true, 20, 20));
		// A short last page holds what is left over.
		assertThat(ColumnPages.slice(45, 3, 20)).isEqualTo(new ColumnPages.Slice(true, 0, 5));
		assertThat(ColumnPages.slice(45, 2, 20)).isEqualTo(new ColumnPages.Slice(true, 5, 20));
	}

	@Test
	void theOldestPagesAreReadFromTheOldestEnd() {
		assertThat(ColumnPages.slice(100_000, 1, 20)).isEqualTo(new ColumnPages.Slice(false, 0, 20));
		assertThat(ColumnPages.slice(100_000, 2, 20)).isEqualTo(new ColumnPages.Slice(false, 20, 20));
		assertThat(ColumnPages.slice(45, 1, 20)).isEqualTo(new ColumnPages.Slice(false, 0, 20));
	}

	@Test
	void aPagePastTheEndIsEmpty() {
		assertThat(ColumnPages.slice(40, 3, 20).count()).isZero();
		assertThat(ColumnPages.slice(0, 1, 20).count()).isZero();
	}

}
