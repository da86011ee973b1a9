package cn.govsite.content.migration;

import org.junit.jupiter.api.Test;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A bad mapping file is one 400 problem listing every fault. */
class MappingFileTest {

	@Test
	void listsEveryFault() {
		GovsiteException problem = catchThrowableOfType(GovsiteException.class, () -> MappingFile.parse("""
				baseUrl: ftp://old.example.gov.cn/
				page: {title: "h1[", body: div.article}
				sections:
				  - {name: 新闻, lists: [http://elsewhere.example/x.html]}
				  - {name: 新闻, column: 3, prefixes: [xwdt/]}
				maxPages: 0
				"""));
		assertThat(problem.type().status().value()).isEqualTo(400);
		assertThat(problem.violations()).extracting(FieldViolation::field)
			.containsExactlyInAnyOrder("baseUrl", "page.title", "sections[0].column", "sections[0].itemLinks",
					"sections[1].name", "sections[1].prefixes[0]", "maxPages");
	}

	@Test
	void aFileThatIsNotYamlIsAProblemToo() {
		GovsiteException problem = catchThrowableOfType(GovsiteException.class,
				() -> MappingFile.parse("{ baseUrl: [unclosed"));
		assertThat(problem.violations()).extracting(FieldViolation::field).containsExactly("mapping");
		assertThat(catchThrowableOfType(GovsiteException.class, () -> MappingFile.parse("just text")).violations())
			.extracting(FieldViolation::field)
			.containsExactly("mapping");
	}

	@Test
	void jsonWorksAndDefaultsApply() {
		MigrationMapping mapping = MappingFile.parse("""
				{"baseUrl": "https://old.example.gov.cn", "page": {"title": "h1", "body": ".content"},
				 "sections": [{"name": "通知", "column": 5, "prefixes": ["/tzgg/"]}]}
				""");
		assertThat(mapping.startUrls()).containsExactly("/");
		assertThat(mapping.archiveColumn()).isEqualTo("历史归档");
		assertThat(mapping.maxPages()).isEqualTo(5000);
		assertThat(mapping.sectionOf("/tzgg/2020/1.html")).map(MigrationMapping.Section::column).contains(5L);
		assertThat(mapping.baseUrl().getPath()).isEqualTo("/");
	}

}
