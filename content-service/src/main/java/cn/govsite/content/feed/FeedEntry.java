package cn.govsite.content.feed;

import java.time.LocalDate;

/**
 * One item a feed offers: its identity ({@code guid}, else the link), title, body (HTML
 * or text) and date, as read.
 */
record FeedEntry(String guid, String link, String title, String body, LocalDate date) {

	/** The key that says "seen before" by identity. */
	String identity() {
		return (this.guid != null && !this.guid.isBlank()) ? "guid:" + this.guid.strip()
				: "link:" + ((this.link != null) ? this.link.strip() : this.title);
	}

}
