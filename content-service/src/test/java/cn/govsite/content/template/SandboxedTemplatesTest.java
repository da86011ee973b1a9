package cn.govsite.content.template;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Templates will be tenant-editable: they may read their model and do nothing else. */
class SandboxedTemplatesTest {

	@Test
	void outputIsHtmlEscapedByDefault() throws Exception {
		assertThat(render("t.ftlh", "<p>${title}</p>", Map.of("title", "<script>alert(1)</script>&\"'")))
			.isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;</p>");
		// Not only templates named .ftlh: the configuration itself escapes.
		assertThat(render("t.ftl", "${title}", Map.of("title", "<b>"))).isEqualTo("&lt;b&gt;");
	}

	@Test
	void theModelsMapsListsAndNumbersAreReadable() throws Exception {
		assertThat(render("t.ftlh", "<#list items as i>${i.name}:${i.n}<#sep>,</#list>",
				Map.of("items", List.of(Map.of("name", "甲", "n", 1), Map.of("name", "乙", "n", 2)))))
			.isEqualTo("甲:1,乙:2");
	}

	@Test
	void noClassCanBeInstantiated() {
		assertThatThrownBy(() -> render("t.ftlh",
				"<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}", Map.of()))
			.hasMessageContaining("Execute");
		assertThatThrownBy(() -> render("t.ftlh",
				"<#assign o = \"freemarker.template.utility.ObjectConstructor\"?new()>${o(\"java.io.File\", \"/\")}",
				Map.of()))
			.isInstanceOf(Exception.class);
	}

	@Test
	void theApiBuiltInIsDisabled() {
		assertThatThrownBy(() -> render("t.ftlh", "${m?api.getClass().getName()}", Map.of("m", Map.of("a", "b"))))
			.hasMessageContaining("api");
	}

	@Test
	void javaObjectsExposeNoMembers() {
		Secretive object = new Secretive();
		assertThatThrownBy(() -> render("t.ftlh", "${o.secret}", Map.of("o", object))).isInstanceOf(Exception.class);
		assertThatThrownBy(() -> render("t.ftlh", "${o.getSecret()}", Map.of("o", object)))
			.isInstanceOf(Exception.class);
		assertThatThrownBy(() -> render("t.ftlh", "${o.class.name}", Map.of("o", object)))
			.isInstanceOf(Exception.class);
		assertThatThrownBy(() -> render("t.ftlh", "${s.getClass().getName()}", Map.of("s", "text")))
			.isInstanceOf(Exception.class);
	}

	@Test
	void templatesOutsideTheLoaderCannotBeIncluded() {
		assertThatThrownBy(() -> render("t.ftlh", "<#include \"/etc/passwd\">", Map.of()))
			.isInstanceOf(Exception.class);
	}

	private static String render(String name, String source, Map<String, Object> model) throws Exception {
		StringTemplateLoader loader = new StringTemplateLoader();
		loader.putTemplate(name, source);
		Configuration config = SandboxedTemplates.configuration(loader);
		StringWriter out = new StringWriter();
		config.getTemplate(name).process(model, out);
		return out.toString();
	}

	public static class Secretive {

		public String secret = "field";

		public String getSecret() {
			return "getter";
		}

	}

}
