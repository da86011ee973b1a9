package cn.govsite.content.publishing;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 网站标识 — what a site's footer shows about who runs it (主办/承办单位, 网站标识码, ICP备案号, 公安机关备案号,
 * 党政机关网站标识, 中文域名), as tenant-service last reported it.
 */
@TableName("site_identity")
public class SiteIdentity {

	@TableId(type = IdType.INPUT)
	private Long siteId;

	private String sponsorUnit;

	private String organizerUnit;

	private String siteIdentifier;

	private String icpRecord;

	private String policeRecord;

	private Boolean partyGovLabel;

	/** 中文域名 ({@code .政务}/{@code .公益}), in its Unicode form. */
	private String chineseDomain;

	private Instant updatedAt;

	public Long getSiteId() {
		return this.siteId;
	}

	public void setSiteId(Long siteId) {
		this.siteId = siteId;
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

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public String getChineseDomain() {
		return this.chineseDomain;
	}

	public void setChineseDomain(String chineseDomain) {
		this.chineseDomain = chineseDomain;
	}

}
