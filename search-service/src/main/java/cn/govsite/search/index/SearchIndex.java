package cn.govsite.search.index;

/**
 * The write side of the content index, behind a seam so the engine can change
 * (Elasticsearch here; the same plugin also runs on a production cluster).
 * <p>
 * Withdrawals ({@code remove(id, version)}) and the full reindex from content-service
 * (build {@code content-v{n+1}}, then swap the alias) belong here when they come.
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
	 * nothing.
	 * @param version the event's time in epoch milliseconds, or {@code null} to always
	 * replace
	 */
	void put(String id, Long version, ContentDocument document);

	/**
	 * Removes the document with this id, unless a newer version is stored (a
	 * republication that happened after the withdrawal). Removing a missing document is
	 * fine.
	 * @param version the event's time in epoch milliseconds
	 */
	void remove(String id, Long version);

}
