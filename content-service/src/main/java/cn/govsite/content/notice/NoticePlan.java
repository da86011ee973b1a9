package cn.govsite.content.notice;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What one event does to the notices about its site: notices to pin and kinds of notice
 * that end now. {@code onOwnSite} pins go on the site's own home, the others on its
 * parent portal ({@code onCityPortal}: on the city portal, however deep the site is).
 */
public record NoticePlan(List<Pin> pins, Set<NoticeKind> ends) {

	static final NoticePlan NOTHING = new NoticePlan(List.of(), Set.of());

	/** Where a pinned notice is shown. */
	public enum Place {

		PARENT_PORTAL, CITY_PORTAL, OWN_SITE

	}

	/** One notice to pin; {@code endsAt} null: until an event ends it. */
	public record Pin(Place place, NoticeKind kind, String title, String body, String link, Instant startsAt,
			Instant endsAt) {
	}

}
