package cn.govsite.content.workflow;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.article.ArticleService;
import cn.govsite.content.article.ArticleVersion;

/** The saved versions of an article and the differences between two of them. */
@Service
class VersionService {

	private final ArticleService articles;

	VersionService(ArticleService articles) {
		this.articles = articles;
	}

	@Transactional(readOnly = true)
	List<VersionView> list(GovsitePrincipal principal, long id) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), WorkflowService.STAFF);
		return this.articles.versions(id).stream().map(VersionView::of).toList();
	}

	@Transactional(readOnly = true)
	VersionDiff.Result diff(GovsitePrincipal principal, long id, int from, int to) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), WorkflowService.STAFF);
		List<ArticleVersion> all = this.articles.versions(id);
		ArticleVersion a = find(all, from, "from");
		ArticleVersion b = find(all, to, "to");
		return VersionDiff.between(a.getVersion(), a.getTitle(), a.getBody(), b.getVersion(), b.getTitle(),
				b.getBody());
	}

	private static ArticleVersion find(List<ArticleVersion> all, int version, String param) {
		return all.stream()
			.filter(v -> v.getVersion() == version)
			.findFirst()
			.orElseThrow(() -> GovsiteException.invalid(param,
					Message.of("文章没有第" + version + "版", "The article has no version " + version)));
	}

	/** A version as listed (with its content, for the console's side-by-side view). */
	record VersionView(int version, String title, String body, String savedBy, Instant savedAt) {

		static VersionView of(ArticleVersion version) {
			return new VersionView(version.getVersion(), version.getTitle(), version.getBody(), version.getSavedBy(),
					version.getSavedAt());
		}

	}

}
