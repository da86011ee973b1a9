package cn.govsite.content.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.supervision.inspection.InspectionReport;
import cn.govsite.content.supervision.inspection.InspectionRow;
import cn.govsite.content.supervision.inspection.InspectionService;
import cn.govsite.content.supervision.inspection.InspectionStore;
import cn.govsite.content.supervision.inspection.VetoItem;
import cn.govsite.content.supervision.score.Score;
import cn.govsite.content.supervision.score.ScoreRow;
import cn.govsite.content.supervision.score.ScoreService;

/**
 * Supervision dashboards. A site's own results ({@code /supervision/inspection},
 * {@code /supervision/inspections}, {@code /supervision/scores}) are for anyone holding a
 * role on that site and for supervisors; the all-sites views
 * ({@code /supervision/overview}, {@code /supervision/vetoes}) and inspecting a site now
 * ({@code POST /supervision/inspection}) for supervisors and platform admins only.
 */
@RestController
class SupervisionController {

	private static final int MAX_DAYS = 366;

	private static final int MAX_MONTHS = 60;

	private final InspectionStore inspections;

	private final InspectionService sites;

	private final ScoreService scores;

	private final SupervisionProperties properties;

	private final Clock clock = Clock.systemUTC();

	SupervisionController(InspectionStore inspections, InspectionService sites, ScoreService scores,
			SupervisionProperties properties) {
		this.inspections = inspections;
		this.sites = sites;
		this.scores = scores;
		this.properties = properties;
	}

	@GetMapping("/supervision/inspection")
	InspectionReport latest(@AuthenticationPrincipal GovsitePrincipal principal) {
		SiteRef site = requireSite(principal);
		return this.inspections.latest()
			.orElseThrow(() -> GovsiteException.notFound("站点的检查结果", "Inspection of the site", site.code()));
	}

	/**
	 * Inspects the request's site now, as the daily run would, and answers the report: a
	 * supervisor checking a site after its people fixed what the morning's run found, or
	 * a new site before its first night. Supervisors and platform admins only.
	 */
	@PostMapping("/supervision/inspection")
	InspectionReport inspectNow(@AuthenticationPrincipal GovsitePrincipal principal) {
		requireSupervisor(principal);
		SiteRef site = TenantContext.require();
		InspectionService.Site known = knownSites().get(site.id());
		if (known == null) {
			throw GovsiteException.notFound("站点", "Site", site.code());
		}
		return this.sites.inspect(known, this.clock.instant());
	}

	@GetMapping("/supervision/inspections")
	List<DayView> inspectionSeries(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		requireSite(principal);
		LocalDate end = (to != null) ? day("to", to) : today();
		LocalDate start = (from != null) ? day("from", from) : end.minusDays(29);
		if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			throw GovsiteException.invalid("from", Message.of("起始日期须不晚于结束日期，且跨度不超过 " + MAX_DAYS + " 天",
					"from must not be after to, and the range at most " + MAX_DAYS + " days"));
		}
		return this.inspections.between(start, end)
			.stream()
			.map(row -> DayView.of(row, this.inspections.brokenLinks(row)))
			.toList();
	}

	@GetMapping("/supervision/scores")
	List<MonthView> scoreSeries(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		requireSite(principal);
		YearMonth end = (to != null) ? month("to", to) : YearMonth.from(today());
		YearMonth start = (from != null) ? month("from", from) : end.minusMonths(11);
		if (start.isAfter(end) || ChronoUnit.MONTHS.between(start, end) >= MAX_MONTHS) {
			throw GovsiteException.invalid("from", Message.of("起始月份须不晚于结束月份，且跨度不超过 " + MAX_MONTHS + " 个月",
					"from must not be after to, and the range at most " + MAX_MONTHS + " months"));
		}
		return this.scores.series(start, end).stream().map(MonthView::of).toList();
	}

	@GetMapping("/supervision/scores/{month}")
	Score score(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable String month) {
		SiteRef site = requireSite(principal);
		YearMonth which = month("month", month);
		return this.scores.of(which)
			.orElseThrow(() -> GovsiteException.notFound("站点该月的考核得分", "Score of the site for the month",
					site.code() + " " + which));
	}

	@GetMapping("/supervision/overview")
	List<SiteView> overview(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestParam(required = false) String date) {
		requireSupervisor(principal);
		LocalDate day = (date != null) ? day("date", date) : today();
		Map<Long, InspectionService.Site> known = knownSites();
		return this.inspections.latestOfEverySite(day)
			.stream()
			.map(row -> SiteView.of(known.get(row.getSiteId()), row))
			.toList();
	}

	@GetMapping("/supervision/vetoes")
	List<VetoView> vetoes(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestParam(required = false) String date) {
		requireSupervisor(principal);
		LocalDate day = (date != null) ? day("date", date) : today();
		return this.inspections.latestOfEverySite(day)
			.stream()
			.filter(row -> !row.isQualified())
			.map(row -> this.inspections.reportOf(row.getId()))
			.map(report -> new VetoView(report.siteId(), report.siteCode(), report.siteName(), report.inspectedOn(),
					report.vetoes()))
			.toList();
	}

	private Map<Long, InspectionService.Site> knownSites() {
		return this.sites.sites()
			.stream()
			.collect(Collectors.toMap(s -> s.ref().id(), Function.identity(), (a, b) -> a));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.properties.zone()));
	}

	/**
	 * The request's site, which the person must be able to see (any role, or
	 * supervision).
	 */
	private static SiteRef requireSite(GovsitePrincipal principal) {
		SiteRef site = TenantContext.require();
		if (!principal.canAccessSite(site.code())) {
			throw GovsiteException.forbidden(Message.of("无权查看站点 " + site.code() + " 的监管结果",
					"Not allowed to see the supervision results of site " + site.code()));
		}
		return site;
	}

	private static void requireSupervisor(GovsitePrincipal principal) {
		if (!principal.isSupervisor() && !principal.isPlatformAdmin()) {
			throw GovsiteException
				.forbidden(Message.of("仅监管人员或平台管理员可查看全部站点", "Only supervisors and platform admins see every site"));
		}
	}

	private static LocalDate day(String field, String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw GovsiteException.invalid(field,
					Message.of("日期格式应为 YYYY-MM-DD：" + text, "A date must look like YYYY-MM-DD: " + text));
		}
	}

	private static YearMonth month(String field, String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw GovsiteException.invalid(field,
					Message.of("月份格式应为 YYYY-MM：" + text, "A month must look like YYYY-MM: " + text));
		}
	}

	/** One day of a site's inspection series. */
	record DayView(LocalDate day, boolean qualified, int vetoCount, int staleColumns, int blankColumns,
			boolean homePageStale, int seriousFindings, Integer brokenLinks) {

		static DayView of(InspectionRow row, Integer brokenLinks) {
			return new DayView(row.getInspectedOn(), row.isQualified(), row.getVetoCount(), row.getStaleColumns(),
					row.getBlankColumns(), row.isHomePageStale(), row.getSeriousFindings(), brokenLinks);
		}

	}

	/** One month of a site's score series. */
	record MonthView(String month, String rubric, int total, boolean passed, boolean vetoed) {

		static MonthView of(ScoreRow row) {
			return new MonthView(row.getMonth(), row.getRubric(), row.getTotal(), row.isPassed(), row.isVetoed());
		}

	}

	/** A site's newest inspection in the overview. */
	record SiteView(long siteId, String siteCode, String siteName, LocalDate inspectedOn, boolean qualified,
			int vetoCount, int staleColumns, int blankColumns, boolean homePageStale) {

		static SiteView of(InspectionService.Site site, InspectionRow row) {
			return new SiteView(row.getSiteId(), (site != null) ? site.ref().code() : null,
					(site != null) ? site.name() : null, row.getInspectedOn(), row.isQualified(), row.getVetoCount(),
					row.getStaleColumns(), row.getBlankColumns(), row.isHomePageStale());
		}

	}

	/** An unqualified site with the veto items of its newest inspection. */
	record VetoView(long siteId, String siteCode, String siteName, LocalDate inspectedOn, List<VetoItem> vetoes) {

	}

}
