package cn.govsite.search.query;

import org.junit.jupiter.api.Test;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SearchCriteriaTest {

	@Test
	void defaultsToTheFirstPageOfTen() {
		SearchCriteria criteria = SearchCriteria.of("  门户网站 ", null, null, null);
		assertThat(criteria).isEqualTo(new SearchCriteria("门户网站", null, SearchCriteria.Scope.ALL, null, null, null,
				SearchCriteria.Sort.RELEVANCE, 1, 10));
		assertThat(criteria.from()).isZero();
	}

	@Test
	void computesTheOffsetOfAPage() {
		assertThat(SearchCriteria.of("网站", "jyj", 3, 20).from()).isEqualTo(40);
	}

	@Test
	void blankSiteMeansAllSites() {
		assertThat(SearchCriteria.of("网站", " ", 1, 10).siteCode()).isNull();
		assertThat(SearchCriteria.of("网站", " jyj ", 1, 10).siteCode()).isEqualTo("jyj");
	}

	@Test
	void acceptsAHundredCharactersAfterTrimming() {
		assertThat(SearchCriteria.of(" " + "网".repeat(100) + " ", null, 1, 50).query()).hasSize(100);
	}

	@Test
	void refusesMissingBlankAndOverlongQueries() {
		assertThat(fields(null, null, null, null)).containsExactly("q");
		assertThat(fields(" \t ", null, null, null)).containsExactly("q");
		assertThat(fields("网".repeat(101), null, null, null)).containsExactly("q");
		// Characters outside the BMP count once.
		assertThat(fields("𠀀".repeat(100), null, null, null)).isEmpty();
	}

	@Test
	void refusesPagesAndSizesOutOfRange() {
		assertThat(fields("网站", null, 0, null)).containsExactly("page");
		assertThat(fields("网站", null, null, 0)).containsExactly("size");
		assertThat(fields("网站", null, null, 51)).containsExactly("size");
		assertThat(fields("网站", null, 201, 50)).containsExactly("page");
		assertThat(fields("网站", null, 200, 50)).isEmpty();
	}

	@Test
	void refusesSomethingThatIsNoSiteCode() {
		assertThat(fields("网站", "<script>", null, null)).containsExactly("site");
		assertThat(fields("网站", "a/b", null, null)).containsExactly("site");
	}

	@Test
	void reportsEveryBadParameterAtOnceInBothLanguages() {
		GovsiteException ex = catchThrowableOfType(GovsiteException.class, () -> SearchCriteria.of("", "?", 0, 0));
		assertThat(ex.type()).isEqualTo(ProblemType.VALIDATION);
		assertThat(ex.violations()).extracting(FieldViolation::field).containsExactly("q", "site", "page", "size");
		assertThat(ex.violations()).allSatisfy(v -> {
			assertThat(v.message().zh()).isNotBlank();
			assertThat(v.message().en()).isNotBlank().isNotEqualTo(v.message().zh());
		});
	}

	@Test
	void aSiteAloneMeansThatSiteAndScopesNeedASite() {
		assertThat(SearchCriteria.of("网站", "jyj", null, null).scope()).isEqualTo(SearchCriteria.Scope.SITE);
		assertThat(criteria("tree", "jyj", null).scope()).isEqualTo(SearchCriteria.Scope.TREE);
		assertThat(criteria("ALL", "jyj", null).scope()).isEqualTo(SearchCriteria.Scope.ALL);
		assertThat(
				parameterFields(new SearchCriteria.Parameters("网站", null, "tree", null, null, null, null, null, null)))
			.containsExactly("site");
		assertThat(
				parameterFields(new SearchCriteria.Parameters("网站", null, "site", null, null, null, null, null, null)))
			.containsExactly("site");
		assertThat(parameterFields(
				new SearchCriteria.Parameters("网站", "jyj", "world", null, null, null, null, null, null)))
			.containsExactly("scope");
	}

	@Test
	void sortsByRelevanceUnlessDateIsAsked() {
		assertThat(criteria(null, null, null).sort()).isEqualTo(SearchCriteria.Sort.RELEVANCE);
		assertThat(criteria(null, null, "date").sort()).isEqualTo(SearchCriteria.Sort.DATE);
		assertThat(parameterFields(
				new SearchCriteria.Parameters("网站", null, null, null, null, null, "popularity", null, null)))
			.containsExactly("sort");
	}

	@Test
	void refusesYearsAndFiltersOutOfRange() {
		assertThat(parameterFields(new SearchCriteria.Parameters("网站", null, null, null, null, 1800, null, null, null)))
			.containsExactly("year");
		assertThat(parameterFields(new SearchCriteria.Parameters("网站", null, null, "类".repeat(65), "t".repeat(65), 2026,
				null, null, null)))
			.containsExactly("category", "type");
		SearchCriteria ok = SearchCriteria
			.of(new SearchCriteria.Parameters("网站", null, null, " 政策文件 ", "article", 2026, null, null, null));
		assertThat(ok.category()).isEqualTo("政策文件");
		assertThat(ok.year()).isEqualTo(2026);
	}

	private static SearchCriteria criteria(String scope, String site, String sort) {
		return SearchCriteria.of(new SearchCriteria.Parameters("网站", site, scope, null, null, null, sort, null, null));
	}

	private static java.util.List<String> parameterFields(SearchCriteria.Parameters parameters) {
		try {
			SearchCriteria.of(parameters);
			return java.util.List.of();
		}
		catch (GovsiteException ex) {
			return ex.violations().stream().map(FieldViolation::field).toList();
		}
	}

	private static java.util.List<String> fields(String q, String site, Integer page, Integer size) {
		try {
			SearchCriteria.of(q, site, page, size);
			return java.util.List.of();
		}
		catch (GovsiteException ex) {
			return ex.violations().stream().map(FieldViolation::field).toList();
		}
	}

}
