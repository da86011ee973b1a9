package cn.govsite.asset.asset;

/**
 * Object keys of stored bytes: {@code sha256/{first two hex digits}/{sha256}}. Derived
 * from the content, never from the client's file name, so no upload can choose or
 * overwrite another object, and the same bytes land on the same key (stored once).
 */
final class ObjectKeys {

	private ObjectKeys() {
	}

	static String forContent(String sha256) {
		if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a SHA-256 in hex: " + sha256);
		}
		return "sha256/" + sha256.substring(0, 2) + "/" + sha256;
	}

}
