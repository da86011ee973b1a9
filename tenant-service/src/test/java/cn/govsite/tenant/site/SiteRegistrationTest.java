package cn.govsite.tenant.site;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SiteRegistrationTest {

	private static final ParentSite CITY = new ParentSite(1, "www", SiteKind.CITY_PORTAL);

	private final SiteRegistration registration = new SiteRegistration("Govsite.localhost");

	@Test
	void cityPortalGetsWwwOfTheBaseDomain() {
		PlannedSite plan = this.registration.plan(
				new SiteApplication("www", " 示范市人民政府 ", SiteKind.CITY_PORTAL, null, null), Optional.empty(),
				Optional.empty());
		assertThat(plan.domain()).isEqualTo("www.govsite.localhost");
		assertThat(plan.parentId()).isNull();
		assertThat(plan.name()).isEqualTo("示范市人民政府");
	}

	@Test
	void onlyOneCityPortal() {
		assertThat(fields(new SiteApplication("city2", "另一个市政府", SiteKind.CITY_PORTAL, null, null), Optional.empty(),
				Optional.of("www")))
			.containsExactly("kind");
	}

	@Test
	void cityPortalHasNoParentAndNoChosenDomain() {
		assertThat(fields(new SiteApplication("www", "示范市人民政府", SiteKind.CITY_PORTAL, "other", "portal.example.cn"),
				Optional.empty(), Optional.empty()))
			.containsExactly("parentCode", "domain");
	}

	@Test
	void departmentGetsASubdomainAndTheCityPortalAsParent() {
		PlannedSite plan = this.registration.plan(
				new SiteApplication("jyj", "示范市教育局", SiteKind.DEPARTMENT, "www", "JYJ.govsite.localhost."),
				Optional.of(CITY), Optional.of("www"));
		assertThat(plan.domain()).isEqualTo("jyj.govsite.localhost");
		assertThat(plan.parentId()).isEqualTo(1L);
	}

	@Test
	void departmentNeedsAParent() {
		assertThat(fields(new SiteApplication("jyj", "示范市教育局", SiteKind.DEPARTMENT, null, null), Optional.empty(),
				Optional.of("www")))
			.containsExactly("parentCode");
	}

	@Test
	void parentMustExistAndBeTheCityPortal() {
		assertThat(fields(new SiteApplication("jyj", "示范市教育局", SiteKind.DEPARTMENT, "nope", null), Optional.empty(),
				Optional.of("www")))
			.containsExactly("parentCode");
		GovsiteException refused = refusal(new SiteApplication("jyj", "示范市教育局", SiteKind.DEPARTMENT, "wsj", null),
				Optional.of(new ParentSite(2, "wsj", SiteKind.DEPARTMENT)), Optional.of("www"));
		assertThat(refused.violations().get(0).message().zh()).contains("市级门户");
		assertThat(refused.violations().get(0).message().en()).contains("city portal");
	}

	@Test
	void departmentCannotChooseAnotherDomain() {
		assertThat(fields(new SiteApplication("jyj", "示范市教育局", SiteKind.DEPARTMENT, "www", "edu.example.cn"),
				Optional.of(CITY), Optional.of("www")))
			.containsExactly("domain");
	}

	@Test
	void countyPortalBringsItsOwnValidDomain() {
		PlannedSite plan = this.registration.plan(
				new SiteApplication("wbq", "渭滨区人民政府", SiteKind.COUNTY_PORTAL, "www", "WWW.Weibin.gov.cn"),
				Optional.of(CITY), Optional.of("www"));
		assertThat(plan.domain()).isEqualTo("www.weibin.gov.cn");
		assertThat(fields(new SiteApplication("wbq", "渭滨区人民政府", SiteKind.COUNTY_PORTAL, "www", null), Optional.of(CITY),
				Optional.of("www")))
			.containsExactly("domain");
		assertThat(fields(new SiteApplication("wbq", "渭滨区人民政府", SiteKind.COUNTY_PORTAL, "www", "-bad-.gov.cn"),
				Optional.of(CITY), Optional.of("www")))
			.containsExactly("domain");
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		GovsiteException refused = refusal(new SiteApplication("resolve", "某县政府", SiteKind.COUNTY_PORTAL, null, null),
				Optional.empty(), Optional.of("www"));
		assertThat(refused.type()).isEqualTo(ProblemType.VALIDATION);
		assertThat(refused.violations()).extracting(FieldViolation::field)
			.containsExactly("code", "parentCode", "domain");
	}

	@Test
	void codesEndingWithAHyphenWouldMakeBadSubdomains() {
		assertThat(fields(new SiteApplication("jyj-", "示范市教育局", SiteKind.DEPARTMENT, "www", null), Optional.of(CITY),
				Optional.of("www")))
			.contains("code");
	}

	@Test
	void baseDomainMustBeAHostName() {
		assertThatThrownBy(() -> new SiteRegistration("localhost")).isInstanceOf(IllegalArgumentException.class);
	}

	private List<String> fields(SiteApplication application, Optional<ParentSite> parent, Optional<String> city) {
		return refusal(application, parent, city).violations().stream().map(FieldViolation::field).toList();
	}

	private GovsiteException refusal(SiteApplication application, Optional<ParentSite> parent, Optional<String> city) {
		GovsiteException ex = catchThrowableOfType(GovsiteException.class,
				() -> this.registration.plan(application, parent, city));
		assertThat(ex).as("the application should be refused").isNotNull();
		return ex;
	}

}
