package cn.govsite.content.column;

import java.time.Instant;
import java.util.Optional;

import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 栏目 — a column of a site, where articles are filed; columns form a tree. It records its
 * content guarantee (责任单位, 保障方式, 更新周期) and its inspection category.
 */
@TableName("site_column")
public class SiteColumn {

	private Long id;

	private Long siteId;

	private Long parentId;

	private String name;

	private String code;

	private String content;

	private String responsibleUnit;

	private GuaranteeMethod method;

	private String methodText;

	private CycleKind cycleKind;

	private int cycleCount;

	private String cycleText;

	private InspectionCategory category;

	private String linkUrl;

	private int sortOrder;

	private String planName;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant archivedAt;

	public Instant getArchivedAt() {
		return this.archivedAt;
	}

	public void setArchivedAt(Instant archivedAt) {
		this.archivedAt = archivedAt;
	}

	/** The update cycle, when one is set. */
	public Optional<UpdateCycle> cycle() {
		return (this.cycleKind != null) ? Optional.of(new UpdateCycle(this.cycleKind, this.cycleCount, this.cycleText))
				: Optional.empty();
	}

	public void setCycle(UpdateCycle cycle) {
		this.cycleKind = (cycle != null) ? cycle.kind() : null;
		this.cycleCount = (cycle != null) ? cycle.count() : 0;
		this.cycleText = (cycle != null) ? cycle.text() : null;
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

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public String getResponsibleUnit() {
		return this.responsibleUnit;
	}

	public void setResponsibleUnit(String responsibleUnit) {
		this.responsibleUnit = responsibleUnit;
	}

	public GuaranteeMethod getMethod() {
		return this.method;
	}

	public void setMethod(GuaranteeMethod method) {
		this.method = method;
	}

	public String getMethodText() {
		return this.methodText;
	}

	public void setMethodText(String methodText) {
		this.methodText = methodText;
	}

	public CycleKind getCycleKind() {
		return this.cycleKind;
	}

	public void setCycleKind(CycleKind cycleKind) {
		this.cycleKind = cycleKind;
	}

	public int getCycleCount() {
		return this.cycleCount;
	}

	public void setCycleCount(int cycleCount) {
		this.cycleCount = cycleCount;
	}

	public String getCycleText() {
		return this.cycleText;
	}

	public void setCycleText(String cycleText) {
		this.cycleText = cycleText;
	}

	public InspectionCategory getCategory() {
		return this.category;
	}

	public void setCategory(InspectionCategory category) {
		this.category = category;
	}

	public String getLinkUrl() {
		return this.linkUrl;
	}

	public void setLinkUrl(String linkUrl) {
		this.linkUrl = linkUrl;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public String getPlanName() {
		return this.planName;
	}

	public void setPlanName(String planName) {
		this.planName = planName;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public void setCreatedBy(String createdBy) {
		this.createdBy = createdBy;
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

}
