package cn.govsite.content.publishing;

import java.time.Instant;

/**
 * Payload of the {@code PageTampered} event: a stored page differed from its recorded
 * hash (or was gone) and was restored by rendering it again (or removed, when it should
 * no longer exist). Supervision and the site's admins are told through it.
 */
public record PageTampered(long siteId, String siteCode, String objectKey, String expectedSha256, String foundSha256,
		boolean restored, Instant detectedAt) {

	public static final String TYPE = "PageTampered";

}
