package cn.govsite.content.article;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/** 版本 — the title and body of an article as one save left them. */
@TableName("article_version")
public class ArticleVersion {

	private Long id;

	private Long siteId;

	private Long articleId;

	private Integer version;

	private String title;

	private String body;

	private String savedBy;

	private Instant savedAt;

	static ArticleVersion of(Article article, String savedBy) {
		ArticleVersion row = new ArticleVersion();
		row.siteId = article.getSiteId();
		row.articleId = article.getId();
		row.version = article.getVersion();
		row.title = article.getTitle();
		row.body = article.getBody();
		row.savedBy = savedBy;
		row.savedAt = article.getUpdatedAt();
		return row;
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getSiteId() {
		return this.siteId;
	}

	public void setSiteId(Long siteId) {
		this.siteId = siteId;
	}

	public Long getArticleId() {
		return this.articleId;
	}

	public void setArticleId(Long articleId) {
		this.articleId = articleId;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getSavedBy() {
		return this.savedBy;
	}

	public void setSavedBy(String savedBy) {
		this.savedBy = savedBy;
	}

	public Instant getSavedAt() {
		return this.savedAt;
	}

	public void setSavedAt(Instant savedAt) {
		this.savedAt = savedAt;
	}

}
