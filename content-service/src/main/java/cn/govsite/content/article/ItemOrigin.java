package cn.govsite.content.article;

/**
 * 来源 — where a pushed (PUSH, 信息报送) or reprinted (REPRINT, 转载) item came from: the site
 * and its item, and the public address of the original when it has one. A migrated item
 * (MIGRATE, 整合迁移) names its own site, item 0, and its old address.
 */
public record ItemOrigin(String kind, long siteId, String siteCode, String siteName, long itemId, String url) {

	public static final String PUSH = "PUSH";

	public static final String REPRINT = "REPRINT";

	public static final String MIGRATE = "MIGRATE";

	static ItemOrigin of(Article article) {
		if (article.getOriginKind() == null) {
			return null;
		}
		return new ItemOrigin(article.getOriginKind(), article.getOriginSiteId(), article.getOriginSiteCode(),
				article.getOriginSiteName(), article.getOriginItemId(), article.getOriginUrl());
	}

	void applyTo(Article article) {
		article.setOriginKind(this.kind);
		article.setOriginSiteId(this.siteId);
		article.setOriginSiteCode(this.siteCode);
		article.setOriginSiteName(this.siteName);
		article.setOriginItemId(this.itemId);
		article.setOriginUrl(this.url);
	}

}
