package cn.govsite.content.migration;

import java.time.LocalDateTime;
import java.util.SortedSet;
import java.util.function.Supplier;

/**
 * Where a run puts what it found: the site's columns and resource library for a real run,
 * nowhere for a dry run (which only counts).
 */
interface Target {

	/** An item ready to import, its body already rewritten to library addresses. */
	record Draft(long columnId, boolean archive, String title, String bodyHtml, String source, LocalDateTime date,
			String url, SortedSet<Long> assetIds) {
	}

	/** Registers a downloaded file into the library with its source URL; its id. */
	long register(String url, String filename, String contentType, byte[] content, String title);

	/** Imports the item; the new article's id. */
	long importItem(Draft draft);

	/** The archive column (created once when missing). */
	long archiveColumn(String name);

	/** Whether the column exists on the site and takes items. */
	boolean columnOpen(long columnId);

	/**
	 * Remembers that the old path now lives at the new one (a 301 on the site's host).
	 */
	void redirect(String oldPath, String newPath);

	/** Runs the work as one unit (a transaction for a real run). */
	<T> T atomically(Supplier<T> work);

}
