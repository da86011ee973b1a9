package cn.govsite.content.publishing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A rendered file with its object key, the SHA-256 of its bytes and its type. */
record RenderedPage(String objectKey, byte[] content, String sha256, String contentType) {

	static RenderedPage of(String objectKey, byte[] content) {
		return new RenderedPage(objectKey, content, sha256(content), PageStore.HTML);
	}

	static RenderedPage of(String objectKey, byte[] content, String contentType) {
		return new RenderedPage(objectKey, content, sha256(content), contentType);
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
