package cn.govsite.content.supervision;

import java.time.Instant;
import java.util.List;

/** The seam through which supervision reads security events of a site (篡改). */
public interface SecurityFacts {

	/** Tampered pages found before {@code now} and not restored. */
	List<TamperEvent> unhandledTampering(long siteId, Instant now);

	/** A published file found changed or missing. */
	record TamperEvent(long id, String objectKey, Instant detectedAt) {

	}

}
