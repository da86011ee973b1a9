package cn.govsite.common.tenant;

/** Headers that carry the site of a request. */
public final class TenantHeaders {

	/** Set by a client (the console) to name the site it works on, by code. */
	public static final String SITE = "X-Govsite-Site";

	/**
	 * Set only by the gateway after resolving and authorising the site; stripped from
	 * client requests.
	 */
	public static final String RESOLVED_SITE_ID = "X-Govsite-Site-Id";

	/** Set only by the gateway beside {@link #RESOLVED_SITE_ID}. */
	public static final String RESOLVED_SITE_CODE = "X-Govsite-Site-Code";

	/**
	 * The gateway's signature of the two above ({@link SiteHeaderSigner}); stripped from
	 * client requests.
	 */
	public static final String RESOLVED_SITE_SIGNATURE = "X-Govsite-Site-Signature";

	private TenantHeaders() {
	}

}
