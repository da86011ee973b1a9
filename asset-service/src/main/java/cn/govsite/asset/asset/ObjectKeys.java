package cn.govsite.asset.asset;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Object keys of uploads: {@code {siteCode}/{yyyy}/{MM}/{uuid}}. Never built from the
 * client's file name, so no upload can choose or overwrite another object.
 */
final class ObjectKeys {

	private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

	private ObjectKeys() {
	}

	static String of(String siteCode, Instant at, UUID id) {
		return siteCode + "/" + YEAR_MONTH.format(at) + "/" + id;
	}

}
