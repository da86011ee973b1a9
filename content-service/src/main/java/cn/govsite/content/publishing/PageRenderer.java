package cn.govsite.content.publishing;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;

import org.springframework.stereotype.Component;

/** Renders the site pages from the default template set on the classpath. */
@Component
class PageRenderer {

	static final String TEMPLATE_ROOT = "/templates/default";

	private final Configuration templates;

	PageRenderer() {
		this(SandboxedTemplates.configuration(new ClassTemplateLoader(PageRenderer.class, TEMPLATE_ROOT)));
	}

	PageRenderer(Configuration templates) {
		this.templates = templates;
	}

	byte[] render(String template, Map<String, Object> model) {
		try {
			StringWriter out = new StringWriter();
			this.templates.getTemplate(template).process(model, out);
			return out.toString().getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException | TemplateException ex) {
			throw new IllegalStateException("Template " + template + " failed to render", ex);
		}
	}

}
