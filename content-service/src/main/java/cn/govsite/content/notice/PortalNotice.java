package cn.govsite.content.notice;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 网站公告 — a notice about a site pinned on a portal's home page ({@code siteId}: the site
 * whose home shows it; {@code subjectSiteId}: the site it is about).
 */
@TableName("portal_notice")
public class PortalNotice {

	@TableId(type = IdType.AUTO)
	private Long id;

	private Long siteId;

	private Long subjectSiteId;

	private NoticeKind kind;

	private String title;

	private String body;

	private String link;

	private Instant startsAt;

	private Instant endsAt;

	private Boolean endShown;

	private String sourceEvent;

	private Instant createdAt;

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

	public Long getSubjectSiteId() {
		return this.subjectSiteId;
	}

	public void setSubjectSiteId(Long subjectSiteId) {
		this.subjectSiteId = subjectSiteId;
	}

	public NoticeKind getKind() {
		return this.kind;
	}

	public void setKind(NoticeKind kind) {
		this.kind = kind;
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

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(Instant startsAt) {
		this.startsAt = startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(Instant endsAt) {
		this.endsAt = endsAt;
	}

	public Boolean getEndShown() {
		return this.endShown;
	}

	public void setEndShown(Boolean endShown) {
		this.endShown = endShown;
	}

	public String getSourceEvent() {
		return this.sourceEvent;
	}

	public void setSourceEvent(String sourceEvent) {
		this.sourceEvent = sourceEvent;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

}
