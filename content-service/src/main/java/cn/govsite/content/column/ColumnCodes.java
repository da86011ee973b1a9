package cn.govsite.content.column;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * Short codes (slugs) for column URLs when none is given: a Latin name becomes its own
 * slug; a Chinese one gets a stable short hash of its place and name (no pinyin library
 * is worth a dependency here), with a suffix when taken.
 */
final class ColumnCodes {

	private ColumnCodes() {
	}

	static String generate(Long parentId, String name, Predicate<String> taken) {
		String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (!name.strip().matches("[A-Za-z0-9 _-]{1,40}") || base.isEmpty()) {
			CRC32 crc = new CRC32();
			crc.update((parentId + "/" + name).getBytes(StandardCharsets.UTF_8));
			base = "c" + Long.toString(crc.getValue(), 36);
		}
		String code = base;
		for (int n = 2; taken.test(code); n++) {
			code = base + "-" + n;
		}
		return code;
	}

}
