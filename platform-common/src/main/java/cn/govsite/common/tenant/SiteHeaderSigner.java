package cn.govsite.common.tenant;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the site the gateway resolved ({@code id:code}) so a service can tell it came
 * from the gateway. Without it, a caller that reaches a service directly could pair one
 * site's id with another site's code and pass a role check made on the wrong site.
 */
public final class SiteHeaderSigner {

	/**
	 * The local default; every deployment sets its own
	 * {@code govsite.tenant.header-secret}.
	 */
	public static final String DEV_SECRET = "govsite-dev-site-header-secret";

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	public SiteHeaderSigner(String secret) {
		if (secret == null || secret.length() < 16) {
			throw new IllegalArgumentException("govsite.tenant.header-secret must have at least 16 characters");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	public String sign(long siteId, String siteCode) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			byte[] digest = mac.doFinal((siteId + ":" + siteCode).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ALGORITHM + " is not available", ex);
		}
	}

	public boolean verify(long siteId, String siteCode, String signature) {
		if (signature == null) {
			return false;
		}
		return MessageDigest.isEqual(sign(siteId, siteCode).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

}
