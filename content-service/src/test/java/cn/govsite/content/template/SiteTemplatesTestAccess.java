package cn.govsite.content.template;

import java.util.Optional;

import freemarker.template.Configuration;

/** A configuration whose home template is the given source and the rest the defaults. */
final class SiteTemplatesTestAccess {

	private SiteTemplatesTestAccess() {
	}

	static Configuration configuration(String homeSource) {
		return SiteTemplates.configuration(key -> Optional
			.of((key.template() == TemplateName.HOME) ? homeSource : SiteTemplates.defaultSource(key.template())));
	}

}
