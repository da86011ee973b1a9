package cn.govsite.tenant.site;

import java.time.Instant;
import java.time.LocalDate;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** 站点 — a site (tenant) of the platform, as stored in the {@code site} table. */
@TableName("site")
public class Site {

	@TableId(type = IdType.AUTO)
	private Long id;

	private String code;

	private String name;

	private SiteKind kind;

	private Long parentId;

	private String domain;

	private SiteStatus status;

	private Instant createdAt;

	private Instant updatedAt;

	private String createdBy;

	/** The notice visitors see while the site is not online (offline, closing). */
	private String notice;

	/** The planned last day of a temporary offline. */
	private LocalDate offlineUntil;

	/** Where a closing or closed site's content went. */
	private String migrationTarget;

	private Instant statusChangedAt;

	/** When a closed site gave up its domain; it stays in the row for redirects. */
	private Instant domainReleasedAt;

	/** 主办单位. */
	private String sponsorUnit;

	/** 承办单位. */
	private String organizerUnit;

	/** 网站标识码. */
	private String siteIdentifier;

	/** ICP备案号. */
	private String icpRecord;

	/** 公安机关备案号. */
	private String policeRecord;

	/** 党政机关网站标识 shown. */
	private Boolean partyGovLabel;

	/** 联系人, a JSON list. */
	private String contacts;

	/** 中文域名 in its Unicode form ({@code 某某区人民政府.政务}). */
	private String chineseDomain;

	/** The punycode form of {@link #chineseDomain}: what browsers send as Host. */
	private String chineseDomainAscii;

	/** The English domain announced to replace {@link #domain}. */
	private String pendingDomain;

	/** The day (platform zone) the pending domain takes over. */
	private LocalDate pendingDomainOn;

	private String pendingDomainReason;

	/** The English domain before the last change, redirecting to the current one. */
	private String formerDomain;

	/** The last day the former domain redirects; released the day after. */
	private LocalDate formerDomainUntil;

	/** A new site from a plan that passed the registration rules. */
	static Site of(PlannedSite plan, SiteStatus status, Instant now, String createdBy) {
		Site site = new Site();
		site.code = plan.code();
		site.name = plan.name();
		site.kind = plan.kind();
		site.parentId = plan.parentId();
		site.domain = plan.domain();
		site.siteIdentifier = plan.siteIdentifier();
		site.status = status;
		site.createdAt = now;
		site.updatedAt = now;
		site.createdBy = createdBy;
		return site;
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public SiteKind getKind() {
		return this.kind;
	}

	public void setKind(SiteKind kind) {
		this.kind = kind;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getDomain() {
		return this.domain;
	}

	public void setDomain(String domain) {
		this.domain = domain;
	}

	public SiteStatus getStatus() {
		return this.status;
	}

	public void setStatus(SiteStatus status) {
		this.status = status;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public void setCreatedBy(String createdBy) {
		this.createdBy = createdBy;
	}

	public String getNotice() {
		return this.notice;
	}

	public void setNotice(String notice) {
		this.notice = notice;
	}

	public LocalDate getOfflineUntil() {
		return this.offlineUntil;
	}

	public void setOfflineUntil(LocalDate offlineUntil) {
		this.offlineUntil = offlineUntil;
	}

	public String getMigrationTarget() {
		return this.migrationTarget;
	}

	public void setMigrationTarget(String migrationTarget) {
		this.migrationTarget = migrationTarget;
	}

	public Instant getStatusChangedAt() {
		return this.statusChangedAt;
	}

	public void setStatusChangedAt(Instant statusChangedAt) {
		this.statusChangedAt = statusChangedAt;
	}

	public Instant getDomainReleasedAt() {
		return this.domainReleasedAt;
	}

	public void setDomainReleasedAt(Instant domainReleasedAt) {
		this.domainReleasedAt = domainReleasedAt;
	}

	public String getSponsorUnit() {
		return this.sponsorUnit;
	}

	public void setSponsorUnit(String sponsorUnit) {
		this.sponsorUnit = sponsorUnit;
	}

	public String getOrganizerUnit() {
		return this.organizerUnit;
	}

	public void setOrganizerUnit(String organizerUnit) {
		this.organizerUnit = organizerUnit;
	}

	public String getSiteIdentifier() {
		return this.siteIdentifier;
	}

	public void setSiteIdentifier(String siteIdentifier) {
		this.siteIdentifier = siteIdentifier;
	}

	public String getIcpRecord() {
		return this.icpRecord;
	}

	public void setIcpRecord(String icpRecord) {
		this.icpRecord = icpRecord;
	}

	public String getPoliceRecord() {
		return this.policeRecord;
	}

	public void setPoliceRecord(String policeRecord) {
		this.policeRecord = policeRecord;
	}

	public Boolean getPartyGovLabel() {
		return this.partyGovLabel;
	}

	public void setPartyGovLabel(Boolean partyGovLabel) {
		this.partyGovLabel = partyGovLabel;
	}

	public String getContacts() {
		return this.contacts;
	}

	public void setContacts(String contacts) {
		this.contacts = contacts;
	}

	public String getChineseDomain() {
		return this.chineseDomain;
	}

	public void setChineseDomain(String chineseDomain) {
		this.chineseDomain = chineseDomain;
	}

	public String getChineseDomainAscii() {
		return this.chineseDomainAscii;
	}

	public void setChineseDomainAscii(String chineseDomainAscii) {
		this.chineseDomainAscii = chineseDomainAscii;
	}

	public String getPendingDomain() {
		return this.pendingDomain;
	}

	public void setPendingDomain(String pendingDomain) {
		this.pendingDomain = pendingDomain;
	}

	public LocalDate getPendingDomainOn() {
		return this.pendingDomainOn;
	}

	public void setPendingDomainOn(LocalDate pendingDomainOn) {
		this.pendingDomainOn = pendingDomainOn;
	}

	public String getPendingDomainReason() {
		return this.pendingDomainReason;
	}

	public void setPendingDomainReason(String pendingDomainReason) {
		this.pendingDomainReason = pendingDomainReason;
	}

	public String getFormerDomain() {
		return this.formerDomain;
	}

	public void setFormerDomain(String formerDomain) {
		this.formerDomain = formerDomain;
	}

	public LocalDate getFormerDomainUntil() {
		return this.formerDomainUntil;
	}

	public void setFormerDomainUntil(LocalDate formerDomainUntil) {
		this.formerDomainUntil = formerDomainUntil;
	}

}
