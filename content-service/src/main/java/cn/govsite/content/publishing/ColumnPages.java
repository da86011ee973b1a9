package cn.govsite.content.publishing;

/**
 * 栏目列表分页 — how a column's list is cut into pages so that publishing one article rewrites
 * as few of them as possible. Pages are numbered from the oldest article:
 * {@code list-1.html} holds the oldest {@code size}, and a new article only lands on the
 * last page; {@code index.html} shows the newest {@code size}. Inserting or removing the
 * article at position {@code p} (0-based, oldest first) changes the pages from the one
 * holding {@code p} to the last, plus the previous last page when the count of pages
 * changed (its link to newer items points elsewhere).
 */
final class ColumnPages {

	private ColumnPages() {
	}

	static String href(long columnId) {
		return "/columns/" + columnId + "/";
	}

	static String indexKey(String siteCode, long columnId) {
		return siteCode + "/columns/" + columnId + "/index.html";
	}

	static String pageKey(String siteCode, long columnId, int page) {
		return siteCode + "/columns/" + columnId + "/list-" + page + ".html";
	}

	static String pageHref(long columnId, int page) {
		return "/columns/" + columnId + "/list-" + page + ".html";
	}

	/** How many numbered pages a list of {@code total} articles has (at least one). */
	static int pages(long total, int size) {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	/** The numbered page holding the article at {@code position}. */
	static int pageOf(long position, int size) {
		return (int) (position / size) + 1;
	}

	/**
	 * The numbered pages to render after the list changed at {@code position}, from
	 * {@code totalBefore} to {@code totalAfter} articles: {@code [from, to]}.
	 */
	static Range changed(long position, long totalBefore, long totalAfter, int size) {
		int lastBefore = pages(totalBefore, size);
		int lastAfter = pages(totalAfter, size);
		int from = Math.min(pageOf(position, size), lastAfter);
		if (lastBefore != lastAfter) {
			from = Math.min(from, Math.min(lastBefore, lastAfter));
		}
		return new Range(Math.max(1, from), lastAfter, lastBefore);
	}

	/**
	 * Where numbered page {@code page} of a list of {@code total} lies, counted from the
	 * nearer end of the list: a publish renders the newest pages, so reading them from
	 * the newest end skips a few items instead of nearly all. Empty ({@code count} 0)
	 * past the last page.
	 */
	static Slice slice(long total, int page, int size) {
		long fromOldest = (long) (page - 1) * size;
		long end = Math.min(total, fromOldest + size);
		if (end <= fromOldest) {
			return new Slice(false, 0, 0);
		}
		long fromNewest = total - end;
		int count = (int) (end - fromOldest);
		return (fromNewest <= fromOldest) ? new Slice(true, fromNewest, count) : new Slice(false, fromOldest, count);
	}

	/**
	 * {@code count} items after skipping {@code skip} from the newest end
	 * ({@code newestFirst}) or from the oldest.
	 */
	record Slice(boolean newestFirst, long skip, int count) {
	}

	/**
	 * Pages {@code from..to} to render; pages after {@code to} up to {@code lastBefore}
	 * are gone.
	 */
	record Range(int from, int to, int lastBefore) {

		int count() {
			return this.to - this.from + 1;
		}

	}

}
