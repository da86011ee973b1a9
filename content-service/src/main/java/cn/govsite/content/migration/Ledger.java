package cn.govsite.content.migration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A job's memory of the old site: the URLs still to visit (its frontier) and what became
 * of each one visited, plus what earlier jobs of the site imported. Persisted for a real
 * run (resumable), in memory for a dry run.
 */
interface Ledger {

	/** What a URL is to the crawl. */
	enum Kind {

		/** An HTML page: an item, or a page whose links are followed. */
		PAGE,
		/** A section's list page: its item links and next page are followed. */
		LIST,
		/** An image or attachment of an item. */
		ASSET

	}

	/** What became of a URL. */
	enum Outcome {

		/** Imported into its section's column. */
		IMPORTED,
		/** Imported into the archive column, marked 已归档 (its section is not mapped). */
		ARCHIVED,
		/** The same content as an item imported under another URL: redirected to it. */
		DUPLICATE,
		/** Imported by an earlier run: redirected, not imported again. */
		ALREADY_IMPORTED,
		/** A list page, its links followed. */
		LIST,
		/** Registered into the resource library. */
		REGISTERED,
		/** Left out, with the reason. */
		SKIPPED,
		/** Could not be read or imported (broken link, refused), with the reason. */
		FAILED;

		boolean imported() {
			return this == IMPORTED || this == ARCHIVED;
		}

	}

	record Entry(long id, String url, Kind kind, String section) {
	}

	/** What a visit found, to be recorded against the URL. */
	record Result(Outcome outcome, String reason, Long articleId, Long assetId, Long columnId, String title,
			LocalDate date, String contentHash, String newPath) {

		static Result of(Outcome outcome, String reason) {
			return new Result(outcome, reason, null, null, null, null, null, null, null);
		}

	}

	/** The next queued URLs, oldest first. */
	List<Entry> next(int limit);

	/**
	 * Queues a URL unless this job already knows it; false when it was known or the job
	 * is full.
	 */
	boolean enqueue(String url, Kind kind, String section);

	void finish(Entry entry, Result result);

	/** Records an asset URL met inside an item (registered or broken). */
	void asset(String url, Result result);

	/**
	 * The article an earlier visit (this job or another of the site) imported from this
	 * URL.
	 */
	Optional<Long> importedFrom(String url);

	/** The article already imported with this content. */
	Optional<Long> importedWithContent(String contentHash);

	/** The library resource an earlier visit registered for this URL. */
	Optional<Long> assetFrom(String url);

	/** Counts by outcome, queued ones under {@code null}. */
	Map<Outcome, Integer> counts();

	/** Whether the job was cancelled meanwhile. */
	boolean cancelled();

}
