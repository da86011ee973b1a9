package cn.govsite.search.reindex;

import java.util.List;

import cn.govsite.search.index.SearchIndex.VersionedDocument;

/**
 * 全量来源 — where a full reindex reads every searchable item from, page by page.
 * <p>
 * The source of truth is content-service. It has no bulk listing of published items yet,
 * so the bean today is {@link AliasContentSource} (the live index, which rebuilds the
 * index under a new mapping). The content-service client implements this same interface
 * once content-service offers {@code GET /internal/published?after={cursor}&size={n}}
 * answering {@code {items:[{id, version, document}], next, total}} across all sites,
 * ordered by a stable key (see docs/notes/search-reindex.md).
 */
public interface ContentSource {

	/** Opens a consistent read of everything; close it when done. */
	Cursor open();

	/** One pass over the source. */
	interface Cursor extends AutoCloseable {

		/** How many documents the pass will return (for progress), or -1 if unknown. */
		long total();

		/** The next documents, at most {@code size}; empty when the pass is over. */
		List<VersionedDocument> next(int size);

		@Override
		void close();

	}

}
