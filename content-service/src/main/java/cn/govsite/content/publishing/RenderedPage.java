package cn.govsite.content.publishing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A rendered file with its object key and the SHA-256 of its bytes. */
record RenderedPage(String objectKey, byte[] content, String sha256) {

	static RenderedPage of(String objectKey, byte[] content) {
		return new RenderedPage(objectKey, content, sha256(content));
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	static String articleKey(String siteCode, long articleId) {
		return siteCode + "/articles/" + articleId + ".html";
	}

	static String homeKey(String siteCode) {
		return siteCode + "/index.html";
	}

}
