package cn.govsite.content.check;

import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableName;

/** A stored finding of the latest check of an article. */
@TableName("article_check_finding")
public class CheckFindingRow {

	private Long id;

	private Long siteId;

	private Long articleId;

	private String field;

	private String ruleId;

	private String severity;

	@TableField("start_pos")
	private Integer start;

	@TableField("end_pos")
	private Integer end;

	private String matched;

	private String explanation;

	static CheckFindingRow of(long siteId, long articleId, Finding finding) {
		CheckFindingRow row = new CheckFindingRow();
		row.siteId = siteId;
		row.articleId = articleId;
		row.field = finding.field();
		row.ruleId = finding.ruleId();
		row.severity = finding.severity().name();
		row.start = finding.start();
		row.end = finding.end();
		row.matched = truncate(finding.matched(), 500);
		// Both languages in one column, zh first: the stored copy is for display.
		row.explanation = truncate(finding.explanationZh() + "\n" + finding.explanationEn(), 1000);
		return row;
	}

	Finding toFinding() {
		String[] text = this.explanation.split("\n", 2);
		return new Finding(this.field, this.ruleId, Severity.valueOf(this.severity), this.start, this.end, this.matched,
				text[0], (text.length > 1) ? text[1] : "");
	}

	private static String truncate(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max);
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

	public String getField() {
		return this.field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public String getRuleId() {
		return this.ruleId;
	}

	public void setRuleId(String ruleId) {
		this.ruleId = ruleId;
	}

	public String getSeverity() {
		return this.severity;
	}

	public void setSeverity(String severity) {
		this.severity = severity;
	}

	public Integer getStart() {
		return this.start;
	}

	public void setStart(Integer start) {
		this.start = start;
	}

	public Integer getEnd() {
		return this.end;
	}

	public void setEnd(Integer end) {
		this.end = end;
	}

	public String getMatched() {
		return this.matched;
	}

	public void setMatched(String matched) {
		this.matched = matched;
	}

	public String getExplanation() {
		return this.explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}

}
