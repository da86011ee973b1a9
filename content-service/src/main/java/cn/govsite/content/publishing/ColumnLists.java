package cn.govsite.content.publishing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;

import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleMapper;

/**
 * 栏目列表取数 — reads a slice of a column subtree's published list with only the fields a list
 * item shows. A list page near either end is read from that end, one short index-ordered
 * query per column of the subtree ({@code idx_article_column_published}), merged here:
 * MariaDB cannot merge the per-column index ranges of {@code column_id IN
 * (...)} in order, so one query sorted every row of the subtree, and an {@code OFFSET}
 * from the oldest end read them all to reach the newest pages (1.5 s per publish at
 * 100,000 articles). Pages deep in the middle (a full republish) fall back to one
 * {@code OFFSET} query.
 */
final class ColumnLists {

	/** Per-column reads are used while each reads at most this many rows. */
	static final long MERGE_DEPTH = 1_000;

	/** ... and while the subtree has at most this many columns. */
	static final int MERGE_COLUMNS = 64;

	private final ArticleMapper articles;

	private final ListItemMapper items;

	ColumnLists(ArticleMapper articles, ListItemMapper items) {
		this.articles = articles;
		this.items = items;
	}

	/** Newest first, after skipping the {@code skip} newest. */
	List<Article> newest(Collection<Long> subtree, long skip, int limit) {
		return slice(subtree, true, skip, limit);
	}

	/**
	 * Numbered page {@code page} of a list of {@code total} items (page 1 holds the
	 * oldest, see {@link ColumnPages}), newest first as shown; read from the nearer end.
	 */
	List<Article> page(Collection<Long> subtree, long total, int page, int size) {
		ColumnPages.Slice slice = ColumnPages.slice(total, page, size);
		if (slice.newestFirst()) {
			return newest(subtree, slice.skip(), slice.count());
		}
		List<Article> items = new ArrayList<>(slice(subtree, false, slice.skip(), slice.count()));
		Collections.reverse(items);
		return items;
	}

	private List<Article> slice(Collection<Long> subtree, boolean newestFirst, long skip, int limit) {
		if (subtree.isEmpty() || limit <= 0) {
			return List.of();
		}
		if (subtree.size() > MERGE_COLUMNS || skip + limit > MERGE_DEPTH) {
			return this.articles.selectList(
					ordered(SitePages.published(subtree), newestFirst).last("LIMIT " + limit + " OFFSET " + skip));
		}
		List<Article> merged = new ArrayList<>();
		for (long column : subtree) {
			merged.addAll(this.articles.selectList(
					ordered(SitePages.published(List.of(column)), newestFirst).last("LIMIT " + (skip + limit))));
		}
		merged.sort(newestFirst ? SitePages.LIST_ORDER.reversed() : SitePages.LIST_ORDER);
		int from = (int) Math.min(skip, merged.size());
		return List.copyOf(merged.subList(from, Math.min(merged.size(), from + limit)));
	}

	private static LambdaQueryWrapper<Article> ordered(LambdaQueryWrapper<Article> query, boolean newestFirst) {
		LambdaQueryWrapper<Article> listed = SitePages.listed(query);
		return newestFirst ? listed.orderByDesc(Article::getPublishedAt).orderByDesc(Article::getId)
				: listed.orderByAsc(Article::getPublishedAt).orderByAsc(Article::getId);
	}

}
