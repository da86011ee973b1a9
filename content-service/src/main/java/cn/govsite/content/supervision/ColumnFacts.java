package cn.govsite.content.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The seam through which supervision reads columns and their published items, so the
 * inspection does not depend on how articles are stored (typed items are coming).
 */
public interface ColumnFacts {

	/** Every column of the site with its publishing facts. */
	List<ColumnFact> columns(long siteId);

	/** When anything on the site's home page last changed (its newest published item). */
	Optional<Instant> homePageUpdatedAt(long siteId);

}
