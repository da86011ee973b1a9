package cn.govsite.search.index;

import java.util.List;

/**
 * The write side of the content index, behind a seam so the engine can change
 * (Elasticsearch here; the same plugin also runs on a production cluster).
 */
public interface SearchIndex {

	/**
	 * Creates the versioned index behind the alias when the alias is missing. Safe to
	 * call often and from several replicas at once.
	 */
	void ensureReady();

	/**
	 * Adds or replaces the document with this id. With a version, a document already
	 * stored with a higher version wins: an older event that arrives late changes
	 * nothing. While a full reindex builds a new index, the write goes there too.
	 * @param version the event's time in epoch milliseconds, or {@code null} to always
	 * replace
	 */
	void put(String id, Long version, ContentDocument document);

	/**
	 * {@link #put} for many documents at once (one bulk request), with the same
	 * versioning: a stored newer version wins.
	 */
	void putAll(List<VersionedDocument> documents);

	/**
	 * Removes the document with this id, unless a newer version is stored (a
	 * republication that happened after the withdrawal). Removing a missing document is
	 * fine. While a full reindex builds a new index, the removal goes there too.
	 * @param version the event's time in epoch milliseconds
	 */
	void remove(String id, Long version);

	/** The indices the alias points at now (one, except for a moment during a swap). */
	List<String> aliasTargets();

	/** Deletes an index outside the alias (what a failed reindex built). */
	void deleteIndex(String name);

	/** Creates an empty index with the current mapping, outside the alias. */
	void createIndex(String name);

	/**
	 * Copies documents into an index, keeping their versions: a copy older than what live
	 * events already wrote there is skipped.
	 * @return how many were written (the rest were older than the stored ones)
	 */
	int copy(String index, List<VersionedDocument> documents);

	/**
	 * Live writes also go to this index until {@link #swapAlias} or {@code null}, so
	 * nothing published during a reindex is missing from the new index.
	 */
	void alsoWriteTo(String index);

	/**
	 * Points the alias at {@code index} in one atomic step (searches never see no index
	 * or two) and deletes the indices it pointed at before.
	 * @return the indices that were replaced
	 */
	List<String> swapAlias(String index);

	/** A document with its external version (event time in epoch milliseconds). */
	record VersionedDocument(String id, Long version, ContentDocument document) {
	}

}
