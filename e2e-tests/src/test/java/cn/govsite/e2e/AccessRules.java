package cn.govsite.e2e;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.util.AntPathMatcher;

/**
 * Who may call what, as the isolation matrix expects it: an ordered table, the first rule
 * whose method and path match an operation decides. Every caller of the matrix is a
 * stranger to site A (the site the calls address), so a site-scoped operation must refuse
 * each of them.
 */
final class AccessRules {

	/** The matrix's callers; none holds a role on site A. */
	enum Caller {

		ANONYMOUS, CITIZEN, EDITOR_OF_B, SITE_ADMIN_OF_B, SUPERVISOR;

		boolean signedIn() {
			return this != ANONYMOUS;
		}

	}

	/** What an operation lets strangers of site A do. */
	enum Access {

		/** Citizens' side of the sites: open to all. */
		PUBLIC,
		/** Any account; what comes back is the caller's own or shared reference data. */
		SIGNED_IN,
		/** People with a role on the site (and platform admins) only. */
		SITE,
		/** The site's people, and the supervisor who reads every site. */
		SITE_OR_SUPERVISOR,
		/** Platform-wide views for the data center and the supervisor. */
		PLATFORM_OR_SUPERVISOR,
		/** The data center (platform-admin) only. */
		PLATFORM,
		/** Nobody through the gateway: service-to-service endpoints answer 404 there. */
		HIDDEN;

		boolean allows(Caller caller) {
			return switch (this) {
				case PUBLIC -> true;
				case SIGNED_IN -> caller.signedIn();
				case SITE, PLATFORM, HIDDEN -> false;
				case SITE_OR_SUPERVISOR, PLATFORM_OR_SUPERVISOR -> caller == Caller.SUPERVISOR;
			};
		}

		/** The answers that count as a refusal for the caller. */
		Set<Integer> refusals(Caller caller) {
			if (this == HIDDEN) {
				return Set.of(404);
			}
			return caller.signedIn() ? Set.of(403, 404) : Set.of(401);
		}

	}

	record Rule(Access access, String method, String pattern, String reason) {

		boolean matches(OpenApiOperations.Operation operation) {
			return (this.method.equals("*") || this.method.equals(operation.method()))
					&& PATHS.match(this.pattern, operation.gatewayPath());
		}

	}

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	static final List<Rule> RULES = List.of(
			// Public search and site directory: what every visitor of a site uses.
			rule(Access.HIDDEN, "*", "/api/*/internal/**", "service-to-service only (the reindex's listing)"),
			rule(Access.PUBLIC, "GET", "/api/search", "public search"),
			rule(Access.PUBLIC, "GET", "/api/search/search", "public search"),
			rule(Access.PUBLIC, "GET", "/api/search/suggest", "search suggestions"),
			rule(Access.PUBLIC, "GET", "/api/tenant/public/**", "site directory for the gateway and visitors"),
			// The public library files are open on a site's host (/assets/{id}/content);
			// under /api the gateway wants a token like the rest of the API.
			rule(Access.SIGNED_IN, "GET", "/api/asset/public/**",
					"library files that published pages show (registered, the site's own or shared with it)"),
			// A citizen's own letters: a token, and only their own come back.
			rule(Access.SIGNED_IN, "*", "/api/content/public/my/**", "a citizen's own letters"),
			rule(Access.PUBLIC, "*", "/api/content/public/**", "政民互动: letters, surveys and Q&A need no account"),
			// The national column plan templates (栏目规范) are the same for every site:
			// reference data, not a site's content. Applying one is site work (below).
			rule(Access.SIGNED_IN, "GET", "/api/content/column-plans", "national column plan templates"),
			// Lists what the caller may see: their own sites only.
			// The State Council's holiday calendar (调休) is the same for every site;
			// deadlines
			// are counted in working days by every editor.
			rule(Access.SIGNED_IN, "GET", "/api/content/calendar/**", "the national working-day calendar"),
			rule(Access.PLATFORM_OR_SUPERVISOR, "GET", "/api/tenant/sites", "the list of every site"),
			rule(Access.PLATFORM, "POST", "/api/tenant/sites", "opening a site is the data center's"),
			// 站点备份与恢复: a site's whole data leaves or enters the platform.
			rule(Access.PLATFORM, "GET", "/api/tenant/sites/*/backup", "backing up a site is the data center's"),
			// 中文域名 and announced domain changes are the data center's (域名台账).
			rule(Access.PLATFORM, "*", "/api/tenant/sites/*/domains/chinese", "a site's Chinese domain"),
			rule(Access.PLATFORM, "*", "/api/tenant/sites/*/domains/change", "announcing a domain change"),
			rule(Access.PLATFORM, "GET", "/api/*/backup", "backing up a site is the data center's"),
			rule(Access.PLATFORM, "POST", "/api/*/backups/restore", "restoring a site is the data center's"),
			rule(Access.PLATFORM, "*", "/api/search/admin/reindex/**", "rebuilding the index"),
			rule(Access.PLATFORM, "*", "/api/search/admin/reindex", "rebuilding the index"),
			rule(Access.SITE, "GET", "/api/search/analytics/**", "a site's search statistics: its own staff"),
			rule(Access.PLATFORM_OR_SUPERVISOR, "GET", "/api/search/admin/analytics/**",
					"platform-wide search analytics"),
			rule(Access.PLATFORM_OR_SUPERVISOR, "GET", "/api/tenant/audit/**", "the platform's audit log"),
			rule(Access.PLATFORM_OR_SUPERVISOR, "GET", "/api/tenant/audit", "the platform's audit log"),
			rule(Access.PLATFORM_OR_SUPERVISOR, "GET", "/api/tenant/domains", "the domain ledger"),
			rule(Access.PLATFORM, "*", "/api/content/column-plans/import", "importing national plans"),
			rule(Access.PLATFORM, "PUT", "/api/content/calendar/years/*", "the platform's working-day calendar"),
			rule(Access.PLATFORM, "DELETE", "/api/content/calendar/years/*", "the platform's working-day calendar"),
			// Supervision reads every site; lifecycle requests are approved by it.
			rule(Access.PLATFORM_OR_SUPERVISOR, "POST", "/api/content/supervision/inspection", "inspecting a site now"),
			// With no siteId a run is the platform report; a site's people may ask for
			// their own.
			rule(Access.PLATFORM_OR_SUPERVISOR, "POST", "/api/content/supervision/report-runs",
					"supervision report runs (platform-wide when no site is named)"),
			rule(Access.SITE_OR_SUPERVISOR, "GET", "/api/content/supervision/**", "inspection results and scores"),
			rule(Access.SITE_OR_SUPERVISOR, "GET", "/api/tenant/sites/*", "a site's record"),
			rule(Access.SITE_OR_SUPERVISOR, "GET", "/api/tenant/sites/*/profile", "a site's identity"),
			rule(Access.SITE_OR_SUPERVISOR, "GET", "/api/tenant/sites/*/changes", "a site's identity history"),
			rule(Access.SITE_OR_SUPERVISOR, "GET", "/api/tenant/sites/*/domains", "a site's domains"),
			rule(Access.SITE_OR_SUPERVISOR, "*", "/api/tenant/sites/*/transitions", "lifecycle requests and approvals"),
			// The rest belongs to one site and its people, family by family: a new family
			// of endpoints needs its own rule (the matrix fails until it has one).
			site("/api/tenant/sites/*/members", "a site's people"),
			site("/api/tenant/sites/*/profile", "changing a site's identity"),
			site("/api/content/articles", "articles and their workflow"),
			site("/api/content/columns", "a site's column tree"),
			site("/api/content/column-plans/*/apply", "applying a plan to a site's columns"),
			site("/api/content/mailboxes", "a site's mailboxes"),
			site("/api/content/mailbox-messages", "citizens' letters to the site (personal data)"),
			site("/api/content/mailbox-stats", "a site's letter statistics"),
			site("/api/content/surveys", "a site's surveys and their answers"),
			site("/api/content/knowledge", "a site's Q&A library"),
			site("/api/content/media", "where a site uses its media"),
			site("/api/content/publishing", "a site's publishing jobs and tamper alerts"),
			site("/api/content/templates", "a site's templates"),
			site("/api/content/review-queue", "a site's review work"),
			site("/api/content/late-items", "a site's overdue columns"),
			site("/api/content/checks", "checking a site's drafts"),
			site("/api/content/pushes", "a site's pushes to other sites"),
			site("/api/content/reprints", "reprinting into a site"),
			site("/api/content/imports", "bulk imports into a site's columns"),
			site("/api/content/feeds", "a site's column feeds (数据接口, 网上抓取)"),
			site("/api/content/migrations", "migrating a site's old website into it (its admin)"),
			site("/api/asset/assets", "a site's library (sharing is decided by the owner site)"));

	private AccessRules() {
	}

	static Optional<Rule> ruleFor(OpenApiOperations.Operation operation) {
		return RULES.stream().filter(rule -> rule.matches(operation)).findFirst();
	}

	/** A family of site-scoped endpoints: the path itself and everything under it. */
	private static Rule site(String family, String reason) {
		return new Rule(Access.SITE, "*", family + "/**", reason);
	}

	private static Rule rule(Access access, String method, String pattern, String reason) {
		return new Rule(access, method, pattern, reason);
	}

}
