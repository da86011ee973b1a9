package cn.govsite.content.supervision.inspection;

import java.time.Instant;
import java.time.LocalDate;

import com.baomidou.mybatisplus.annotation.TableName;

/** A stored daily inspection of a site: summary columns and the full report as JSON. */
@TableName("supervision_inspection")
public class InspectionRow {

	private Long id;

	private Long siteId;

	private LocalDate inspectedOn;

	private Instant inspectedAt;

	private boolean qualified;

	private int vetoCount;

	private int staleColumns;

	private int blankColumns;

	private boolean homePageStale;

	private int seriousFindings;

	private String report;

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

	public LocalDate getInspectedOn() {
		return this.inspectedOn;
	}

	public void setInspectedOn(LocalDate inspectedOn) {
		this.inspectedOn = inspectedOn;
	}

	public Instant getInspectedAt() {
		return this.inspectedAt;
	}

	public void setInspectedAt(Instant inspectedAt) {
		this.inspectedAt = inspectedAt;
	}

	public boolean isQualified() {
		return this.qualified;
	}

	public void setQualified(boolean qualified) {
		this.qualified = qualified;
	}

	public int getVetoCount() {
		return this.vetoCount;
	}

	public void setVetoCount(int vetoCount) {
		this.vetoCount = vetoCount;
	}

	public int getStaleColumns() {
		return this.staleColumns;
	}

	public void setStaleColumns(int staleColumns) {
		this.staleColumns = staleColumns;
	}

	public int getBlankColumns() {
		return this.blankColumns;
	}

	public void setBlankColumns(int blankColumns) {
		this.blankColumns = blankColumns;
	}

	public boolean isHomePageStale() {
		return this.homePageStale;
	}

	public void setHomePageStale(boolean homePageStale) {
		this.homePageStale = homePageStale;
	}

	public int getSeriousFindings() {
		return this.seriousFindings;
	}

	public void setSeriousFindings(int seriousFindings) {
		this.seriousFindings = seriousFindings;
	}

	public String getReport() {
		return this.report;
	}

	public void setReport(String report) {
		this.report = report;
	}

}
