package cn.govsite.asset.asset;

/**
 * Cleans the file name a browser sent: only the last path segment, no control characters,
 * at most 255 characters. It is shown and offered on download, never used as a key.
 */
final class FileNames {

	static final int MAX_LENGTH = 255;

	static final String FALLBACK = "file";

	private FileNames() {
	}

	static String clean(String original) {
		if (original == null) {
			return FALLBACK;
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder();
		name.codePoints().filter(c -> !Character.isISOControl(c)).forEach(kept::appendCodePoint);
		String cleaned = kept.toString().strip();
		if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
			return FALLBACK;
		}
		if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
			cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH));
		}
		return cleaned;
	}

}
