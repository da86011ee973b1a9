package cn.govsite.content.template;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Known FreeMarker SSTI payloads (FreeMarker's security notes, published exploits) are
 * refused at save with a reason in Chinese and English; harmless templates pass.
 */
class TemplateGuardTest {

	@ParameterizedTest
	@ValueSource(strings = {
			// Execute via ?new: the classic RCE.
			"<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
			"${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
			// Spacing and comments do not hide the built-in.
			"<#assign ex=\"x\"?   new()>${ex(\"id\")}", "<#assign ex=\"x\"?\nnew()>",
			// ObjectConstructor and JythonRuntime.
			"<#assign oc=\"freemarker.template.utility.ObjectConstructor\"?new()>${oc(\"java.lang.ProcessBuilder\",\"id\").start()}",
			"<#assign jr=\"freemarker.template.utility.JythonRuntime\"?new()><@jr>import os</@jr>",
			// ?api to the class loader and to files.
			"${site?api.class.protectionDomain.classLoader}",
			"<#assign uri=site?api.getClass().getResource(\"/\").toURI()>${uri}",
			"<#assign cl=article?api.getClass().getClassLoader()>${cl}", "${site.name?has_api?c}",
			// Evaluating or interpreting strings.
			"${\"1+1\"?eval}", "<#assign t=\"<#assign x=1>\"?interpret><@t/>", "${\"{}\"?eval_json}",
			// Files outside the template set.
			"<#include \"/etc/passwd\">", "<#include \"../../../../etc/passwd\">", "<#include \"*/application.yml\">",
			"<#import \"/WEB-INF/x.ftl\" as x>", "<#include name>",
			"${.get_optional_template(\"/etc/passwd\").include}",
			// Escaping or the sandbox switched off from inside the template.
			"<#ftl output_format=\"plainText\">${x}", "<#ftl auto_esc=false>${x}", "<#noautoesc>${x}</#noautoesc>",
			"<#outputformat \"plainText\">${x}</#outputformat>",
			"<#setting new_builtin_class_resolver=\"unrestricted\">", "<#setting api_builtin_enabled=true>${x?api}",
			// Reaching Java through strings.
			"${\"\".getClass().forName(\"java.lang.Runtime\")}", "${java.lang.Runtime}" })
	void sstiPayloadsAreRefused(String payload) {
		List<Message> problems = TemplateGuard.problems(TemplateName.HOME, payload);
		assertThat(problems).as(payload).isNotEmpty();
		assertThat(problems).allSatisfy(problem -> {
			assertThat(problem.zh()).isNotBlank();
			assertThat(problem.en()).isNotBlank();
		});
	}

	@Test
	void theRefusalNamesTheBuiltInAndTheLine() {
		List<Message> problems = TemplateGuard.problems(TemplateName.HOME,
				"<p>ok</p>\n<#assign ex=\"freemarker.template.utility.Execute\"?new()>");
		assertThat(problems).extracting(Message::zh).anyMatch(zh -> zh.contains("?new") && zh.contains("第 2 行"));
		assertThat(problems).extracting(Message::en).anyMatch(en -> en.contains("?new") && en.contains("line 2"));
	}

	@Test
	void syntaxErrorsAreReportedWithTheirPlace() {
		List<Message> problems = TemplateGuard.problems(TemplateName.HOME, "<p>\n<#if x>unclosed");
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0).en()).contains("syntax error");
		assertThat(problems.get(0).zh()).contains("语法错误");
	}

	@Test
	void emptyAndHugeSourcesAreRefused() {
		assertThat(TemplateGuard.problems(TemplateName.HOME, " ")).isNotEmpty();
		assertThat(TemplateGuard.problems(TemplateName.HOME, "x".repeat(TemplateGuard.MAX_CHARS + 1))).isNotEmpty();
	}

	@ParameterizedTest
	@EnumSource(TemplateName.class)
	void everyDefaultTemplatePasses(TemplateName name) {
		assertThat(TemplateGuard.problems(name, SiteTemplates.defaultSource(name))).isEmpty();
	}

	@Test
	void anOrdinarySiteTemplatePasses() {
		String source = """
				<#import "_layout.ftlh" as layout>
				<@layout.page site=site nav=nav title=site.name>
				<#setting number_format="0">
				<h1 class="class-x">${site.name?upper_case}</h1>
				<#list articles as item><a href="${item.path}">${item.title}</a></#list>
				</@layout.page>""";
		assertThat(TemplateGuard.problems(TemplateName.HOME, source)).isEmpty();
	}

	@Test
	void aMaliciousSourceRendersNothingEvenIfItGotPastASave() {
		// The loader checks every source it hands to FreeMarker, whoever stored it.
		RenderSet set = new RenderSet(SiteTemplatesTestAccess.configuration(
				"<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"touch /tmp/pwned\")}"), "d/");
		assertThatThrownBy(() -> set.render(TemplateName.HOME, Map.of())).isInstanceOf(GovsiteException.class)
			.satisfies(ex -> assertThat(((GovsiteException) ex).type()).isEqualTo(TemplateProblems.REFUSED));
	}

	@Test
	void runawayOutputIsStopped() {
		RenderSet set = new RenderSet(SiteTemplatesTestAccess
			.configuration("<#list 1..100000000 as i>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</#list>"), "d/");
		assertThatThrownBy(() -> set.render(TemplateName.HOME, Map.of())).isInstanceOf(GovsiteException.class)
			.satisfies(ex -> assertThat(((GovsiteException) ex).type()).isEqualTo(TemplateProblems.FAILED));
	}

}
