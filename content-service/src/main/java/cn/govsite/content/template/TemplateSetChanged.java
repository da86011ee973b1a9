package cn.govsite.content.template;

import cn.govsite.common.tenant.SiteRef;

/**
 * Published (in-process, after commit) when a site's active template set changed, so
 * publishing re-renders the site with it.
 */
public record TemplateSetChanged(SiteRef site, TemplateName template, String by) {

}
