package cn.govsite.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id that ties a problem shown to a person to the log lines behind it. The
 * gateway sets it; services keep one that looks sane and make one otherwise.
 */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	public static final String MDC_KEY = "requestId";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private RequestIds() {
	}

	public static String keepOrCreate(String incoming) {
		return (incoming != null && SANE.matcher(incoming).matches()) ? incoming : UUID.randomUUID().toString();
	}

}
