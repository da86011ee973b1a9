package cn.govsite.content.publishing;

import java.util.Map;
import java.util.Optional;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleMapper;
import cn.govsite.content.article.ArticleState;
import cn.govsite.content.column.SiteColumn;
import cn.govsite.content.site.SiteDirectory;
import cn.govsite.content.site.SiteFacts;
import cn.govsite.content.template.RenderSet;
import cn.govsite.content.template.SiteTemplates;
import cn.govsite.content.template.TemplateName;
import cn.govsite.content.template.TemplateService;
import cn.govsite.content.template.TemplateVersion;
import cn.govsite.content.template.TemplateVersionMapper;

/**
 * 模板预览 — renders a template (an unsaved source, or a saved version) against the site's
 * real data, without writing or recording anything: the page it would produce.
 */
@Service
class TemplatePreview {

	private final SiteTemplates templates;

	private final TemplateVersionMapper versions;

	private final SitePages pages;

	private final SiteDirectory sites;

	private final ArticleMapper articles;

	TemplatePreview(SiteTemplates templates, TemplateVersionMapper versions, SitePages pages, SiteDirectory sites,
			ArticleMapper articles) {
		this.templates = templates;
		this.versions = versions;
		this.pages = pages;
		this.sites = sites;
		this.articles = articles;
	}

	/**
	 * What to preview: a source, or else a saved version; with which article or column.
	 */
	record Request(String source, Integer version, Long articleId, Long columnId) {
	}

	@Transactional(readOnly = true)
	byte[] preview(GovsitePrincipal principal, TemplateName name, Request request) {
		TemplateService.requireAdmin(principal);
		SiteFacts facts = this.sites.require(cn.govsite.common.tenant.TenantContext.require());
		String source = (request.source() != null) ? request.source() : savedSource(name, request.version());
		RenderSet set = this.templates.preview(name, source);
		SitePages.Context base = this.pages.context(facts);
		SitePages.Context context = new SitePages.Context(base.site(), base.tree(), base.frame(), set);
		return switch (name) {
			case ARTICLE, INTERPRETATION, SERVICE_GUIDE, ARCHIVE_BANNER -> {
				Article article = article(request.articleId());
				Map<String, Object> model = this.pages.articleModel(context, article);
				if (name == TemplateName.ARCHIVE_BANNER) {
					@SuppressWarnings("unchecked")
					Map<String, Object> item = (Map<String, Object>) model.get("article");
					item.put("archivedDate", java.time.LocalDate.now(PageModels.READERS_ZONE).toString());
				}
				TemplateName page = (name == TemplateName.ARCHIVE_BANNER) ? TemplateName.ARTICLE : name;
				yield set.render(page, model);
			}
			case COLUMN -> render(context, PageRef.columnIndex(column(context, request.columnId()).getId()));
			case SITE_MAP -> render(context, PageRef.of(PageRef.Kind.SITE_MAP));
			case SEARCH -> render(context, PageRef.of(PageRef.Kind.SEARCH));
			case ERROR -> render(context, PageRef.of(PageRef.Kind.ERROR));
			case MAINTENANCE -> render(context, PageRef.of(PageRef.Kind.MAINTENANCE));
			case INTERACTION -> render(context, PageRef.of(PageRef.Kind.INTERACTION));
			case HOME, LAYOUT -> render(context, PageRef.of(PageRef.Kind.HOME));
		};
	}

	private byte[] render(SitePages.Context context, PageRef ref) {
		return this.pages.render(context, ref).map(RenderedPage::content).orElseThrow(() -> nothing());
	}

	private String savedSource(TemplateName name, Integer version) {
		if (version == null) {
			return this.templates.effectiveSource(name);
		}
		return Optional
			.ofNullable(this.versions.selectOne(Wrappers.<TemplateVersion>lambdaQuery()
				.eq(TemplateVersion::getName, name.id())
				.eq(TemplateVersion::getVersion, version)))
			.map(TemplateVersion::getSource)
			.orElseThrow(() -> GovsiteException.notFound("模板版本", "Template version", name.id() + " v" + version));
	}

	private Article article(Long articleId) {
		if (articleId != null) {
			Article article = this.articles.selectById(articleId);
			if (article == null) {
				throw GovsiteException.notFound("文章", "Article", articleId);
			}
			return article;
		}
		return Optional.ofNullable(this.articles.selectOne(Wrappers.<Article>lambdaQuery()
			.eq(Article::getState, ArticleState.PUBLISHED)
			.orderByDesc(Article::getPublishedAt)
			.orderByDesc(Article::getId)
			.last("LIMIT 1"))).orElseThrow(TemplatePreview::nothing);
	}

	private static SiteColumn column(SitePages.Context context, Long columnId) {
		if (columnId != null) {
			return Optional.ofNullable(context.tree().byId().get(columnId))
				.orElseThrow(() -> GovsiteException.notFound("栏目", "Column", columnId));
		}
		return context.tree().topLevel().stream().findFirst().orElseThrow(TemplatePreview::nothing);
	}

	private static GovsiteException nothing() {
		return new GovsiteException(ProblemType.INVALID_STATE, Message.of("站点还没有可用于预览的内容（文章或栏目）",
				"The site has no content (article or column) to preview this template with"));
	}

}
