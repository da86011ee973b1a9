package cn.govsite.content.crosssite;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleContent;
import cn.govsite.content.article.ArticleMapper;
import cn.govsite.content.article.ArticleService;
import cn.govsite.content.article.ArticleState;
import cn.govsite.content.article.ItemOrigin;
import cn.govsite.content.check.CheckService;
import cn.govsite.content.item.ItemTypes;
import cn.govsite.content.item.TypedInput;
import cn.govsite.content.site.SiteDirectory;
import cn.govsite.content.site.SiteFacts;
import cn.govsite.content.workflow.ReviewAction;
import cn.govsite.content.workflow.WorkflowService;

/**
 * Items crossing sites. 信息报送: a site pushes one of its reviewed items to a column of its
 * parent portal, where it waits in the parent's review queue with its source; the pushing
 * site keeps the record of adoption. 转载: a site copies another site's published item as a
 * draft of its own, with the source shown. Only what the other site has published is ever
 * read, so a draft of another site stays invisible.
 */
@Service
class CrossSiteService {

	private static final Set<ArticleState> PUSHABLE = EnumSet.of(ArticleState.APPROVED, ArticleState.PUBLISHED);

	private static final Role[] WRITERS = { Role.EDITOR, Role.SITE_ADMIN };

	private final SiteDirectory sites;

	private final ArticleService articles;

	private final ArticleMapper articleRows;

	private final ItemPushMapper pushes;

	private final CheckService checks;

	private final WorkflowService workflow;

	private final TransactionTemplate transactions;

	CrossSiteService(SiteDirectory sites, ArticleService articles, ArticleMapper articleRows, ItemPushMapper pushes,
			CheckService checks, WorkflowService workflow, TransactionTemplate transactions) {
		this.sites = sites;
		this.articles = articles;
		this.articleRows = articleRows;
		this.pushes = pushes;
		this.checks = checks;
		this.workflow = workflow;
		this.transactions = transactions;
	}

	ItemPush push(GovsitePrincipal principal, long itemId, long columnId) {
		SiteRef here = TenantContext.require();
		SiteAccess.requireSiteRole(principal, here, WRITERS);
		// Outside the transaction: this may ask tenant-service about the site.
		SiteFacts facts = this.sites.require(here);
		SiteFacts parent = (facts.parentId() != null) ? this.sites.known(facts.parentId()).orElse(null) : null;
		if (parent == null) {
			throw new GovsiteException(ProblemType.INVALID_STATE,
					Message.of("本站点没有可报送的上级门户", "This site has no parent portal to push to"));
		}
		return this.transactions.execute(status -> {
			Article item = this.articles.require(itemId);
			if (!PUSHABLE.contains(item.getState())) {
				throw new GovsiteException(ProblemType.INVALID_STATE, Message.of("仅已审核或已发布的信息可报送上级门户",
						"Only approved or published items are pushed to the parent portal"));
			}
			if (this.pushes.exists(Wrappers.<ItemPush>lambdaQuery()
				.eq(ItemPush::getItemId, itemId)
				.eq(ItemPush::getTargetSiteId, parent.siteId()))) {
				throw GovsiteException
					.conflict(Message.of("该信息已报送" + parent.name(), "The item was already pushed to " + parent.name()));
			}
			ItemOrigin origin = new ItemOrigin(ItemOrigin.PUSH, here.id(), here.code(), facts.name(), itemId,
					publicUrl(facts, item));
			Article arrived = TenantContext.callAs(new SiteRef(parent.siteId(), parent.code()), () -> {
				// Checked with the parent's rules: it is the parent that will publish it.
				this.checks.requireNoBlocking(this.articles.check(item));
				Article copy = this.articles.receive(columnId, copyOf(item, facts), ArticleState.SUBMITTED,
						principal.username(), origin);
				this.workflow.record(copy, ReviewAction.PUSH_RECEIVED, "pushing-site", ArticleState.DRAFT,
						principal.username(), "由" + facts.name() + "报送 / pushed by " + facts.code());
				return copy;
			});
			ItemPush push = new ItemPush();
			push.setSiteId(here.id());
			push.setItemId(itemId);
			push.setTargetSiteId(parent.siteId());
			push.setTargetSiteName(parent.name());
			push.setTargetColumnId(columnId);
			push.setTargetItemId(arrived.getId());
			push.setPushedBy(principal.username());
			push.setPushedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
			push.setStatus(PushStatus.PENDING);
			this.pushes.insert(push);
			return push;
		});
	}

	@Transactional(readOnly = true)
	List<ItemPush> pushes(GovsitePrincipal principal) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER,
				Role.CHIEF);
		return this.pushes.selectList(Wrappers.<ItemPush>lambdaQuery().orderByDesc(ItemPush::getId).last("LIMIT 500"));
	}

	Article reprint(GovsitePrincipal principal, long sourceSiteId, long sourceItemId, long columnId) {
		SiteRef here = TenantContext.require();
		SiteAccess.requireSiteRole(principal, here, WRITERS);
		if (sourceSiteId == here.id()) {
			throw GovsiteException.invalid("sourceSiteId",
					Message.of("转载的来源须是其他站点", "A reprint comes from another site"));
		}
		SiteFacts source = this.sites.known(sourceSiteId)
			.orElseThrow(() -> new GovsiteException(ProblemType.SITE_NOT_FOUND,
					Message.of("来源站点不存在：" + sourceSiteId, "No such site: " + sourceSiteId)));
		return this.transactions.execute(status -> {
			Article original = TenantContext.callAs(new SiteRef(source.siteId(), source.code()),
					() -> this.articleRows.selectById(sourceItemId));
			// Unpublished and missing look the same: another site's drafts stay private.
			if (original == null || original.getState() != ArticleState.PUBLISHED) {
				throw GovsiteException.notFound("来源站点的已发布信息", "Published item of the source site", sourceItemId);
			}
			if (this.articleRows.exists(Wrappers.<Article>lambdaQuery()
				.eq(Article::getOriginKind, ItemOrigin.REPRINT)
				.eq(Article::getOriginSiteId, source.siteId())
				.eq(Article::getOriginItemId, sourceItemId))) {
				throw GovsiteException.conflict(Message.of("本站点已转载过该信息", "This site already reprinted the item"));
			}
			ItemOrigin origin = new ItemOrigin(ItemOrigin.REPRINT, source.siteId(), source.code(), source.name(),
					sourceItemId, publicUrl(source, original));
			Article copy = this.articles.receive(columnId, copyOf(original, source), ArticleState.DRAFT,
					principal.username(), origin);
			this.workflow.record(copy, ReviewAction.REPRINT, "editor", ArticleState.DRAFT, principal.username(),
					"转载自" + source.name() + " / reprinted from " + source.code());
			return copy;
		});
	}

	/**
	 * The item's content as the receiving site files it; the source is the origin site.
	 */
	private static ArticleContent copyOf(Article item, SiteFacts from) {
		ItemTypes types = ItemTypes.STANDARD;
		String source = (item.getSource() != null) ? item.getSource() : from.name();
		return new ArticleContent(item.getTitle(), item.getBody(), source, item.flaggedMajor(), null,
				new TypedInput(item.type().name(), types.tree(item.getTypeData()),
						types.readAttachments(item.getAttachments()), item.getOccurredOn()));
	}

	private static String publicUrl(SiteFacts site, Article item) {
		if (site.domain() == null || item.getState() != ArticleState.PUBLISHED) {
			return null;
		}
		return "https://" + site.domain() + item.publicPath();
	}

}
