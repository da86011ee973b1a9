package cn.govsite.content.item;

import java.util.List;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.stereotype.Component;

import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleMapper;
import cn.govsite.content.article.ArticleState;
import cn.govsite.content.check.Leader;
import cn.govsite.content.check.LeaderDirectory;

/**
 * The site's leaders for the leader-name check: its published leader profiles, current
 * unless archived (a former leader's profile is archived, not deleted).
 */
@Component
class LeaderProfiles implements LeaderDirectory {

	/** A site has a few dozen leaders at most. */
	private static final int LIMIT = 500;

	private final ArticleMapper articles;

	LeaderProfiles(ArticleMapper articles) {
		this.articles = articles;
	}

	@Override
	public List<Leader> leaders() {
		if (TenantContext.current().isEmpty()) {
			return List.of();
		}
		return this.articles
			.selectList(Wrappers.<Article>lambdaQuery()
				.eq(Article::getContentType, ContentType.LEADER_PROFILE)
				.eq(Article::getState, ArticleState.PUBLISHED)
				.orderByAsc(Article::getId)
				.last("LIMIT " + LIMIT))
			.stream()
			.map(this::leader)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private Leader leader(Article article) {
		if (!(ItemTypes.STANDARD.readStored(ContentType.LEADER_PROFILE,
				article.getTypeData()) instanceof LeaderProfileFields profile)) {
			return null;
		}
		return Leader.of(profile.name(), profile.title(), !article.archived());
	}

}
