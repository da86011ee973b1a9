package cn.govsite.gateway.site;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import cn.govsite.common.error.Message;

/**
 * 站点状态应答 — what a visitor of a site's pages gets in each lifecycle state: online and
 * closing sites serve their pages (a closing site shows its notice in its own pages);
 * temporarily offline or shut down sites a maintenance page with the notice, 503 and
 * {@code Retry-After}; closed sites (and those that left supervision) a 301 to where
 * their content went, else 410 with the notice; sites not yet online do not exist for the
 * public (404). Spring-free; the API is never subject to it.
 */
public final class SiteStatePolicy {

	/** What to answer instead of the page, or to serve it. */
	public sealed interface Answer {

	}

	public record Serve() implements Answer {
	}

	public record Unavailable(Message title, String notice, long retryAfterSeconds) implements Answer {
	}

	public record Gone(Message title, String notice) implements Answer {
	}

	public record Redirect(URI location) implements Answer {
	}

	public record Hidden() implements Answer {
	}

	static final Message OFFLINE = Message.of("网站临时维护中", "This site is temporarily offline for maintenance");

	static final Message SHUT_DOWN = Message.of("网站暂停服务", "This site is temporarily shut down");

	static final Message CLOSED = Message.of("网站已关停", "This site has been closed");

	private final ZoneId zone;

	private final Duration defaultRetryAfter;

	public SiteStatePolicy(ZoneId zone, Duration defaultRetryAfter) {
		this.zone = zone;
		this.defaultRetryAfter = defaultRetryAfter;
	}

	/** Whether the site's pages are served as they are (online or closing). */
	public static boolean servesPages(SiteInfo site) {
		String status = site.status();
		return status == null || status.equals("ONLINE") || status.equals("CLOSING");
	}

	public Answer answer(SiteInfo site, Instant now) {
		if (servesPages(site)) {
			return new Serve();
		}
		String status = site.status();
		return switch (status) {
			case "TEMPORARILY_OFFLINE" -> new Unavailable(OFFLINE, site.notice(), retryAfter(site.until(), now));
			case "EMERGENCY_SHUTDOWN" -> new Unavailable(SHUT_DOWN, site.notice(), this.defaultRetryAfter.toSeconds());
			case "CLOSED", "EXITED_SUPERVISION" -> closed(site);
			// APPLIED, APPROVED and anything newer than this gateway: not public yet.
			default -> new Hidden();
		};
	}

	private static Answer closed(SiteInfo site) {
		URI target = webAddress(site.migrationTarget());
		return (target != null) ? new Redirect(target) : new Gone(CLOSED, site.notice());
	}

	/**
	 * Seconds until the day after the planned last day of the offline begins (in the
	 * platform's zone); the default when no valid date is known or it has passed.
	 */
	long retryAfter(String until, Instant now) {
		if (until == null) {
			return this.defaultRetryAfter.toSeconds();
		}
		try {
			Instant back = LocalDate.parse(until).plusDays(1).atStartOfDay(this.zone).toInstant();
			long seconds = Duration.between(now, back).toSeconds();
			return (seconds > 0) ? seconds : this.defaultRetryAfter.toSeconds();
		}
		catch (DateTimeParseException ex) {
			return this.defaultRetryAfter.toSeconds();
		}
	}

	private static URI webAddress(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(value.strip());
			boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
			return (web && uri.getHost() != null) ? uri : null;
		}
		catch (Exception ex) {
			return null;
		}
	}

}
