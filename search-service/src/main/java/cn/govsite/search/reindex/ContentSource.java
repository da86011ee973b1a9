package cn.govsite.search.reindex;

import java.util.List;

import cn.govsite.search.index.SearchIndex.VersionedDocument;

/**
 * 全量来源 — where a full reindex reads every searchable item from, page by page.
 * <p>
 * The bean is {@link ContentServiceSource}: content-service, the source of truth.
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
