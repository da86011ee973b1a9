package cn.govsite.content.publishing;

import java.util.Map;

import cn.govsite.content.template.RenderSet;
import cn.govsite.content.template.SiteTemplates;
import cn.govsite.content.template.TemplateName;

/** Renders with the platform's default template set alone (no site, no database). */
class PageRenderer {

	private final RenderSet defaults = SiteTemplates.defaults();

	byte[] render(String templateFile, Map<String, Object> model) {
		return this.defaults.render(TemplateName.ofFile(templateFile)
			.orElseThrow(() -> new IllegalArgumentException("No template " + templateFile)), model);
	}

}
