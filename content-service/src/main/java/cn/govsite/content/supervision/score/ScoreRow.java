package cn.govsite.content.supervision.score;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/** A stored monthly score of a site; {@code detail} is the full {@link Score} as JSON. */
@TableName("supervision_score")
public class ScoreRow {

	private Long id;

	private Long siteId;

	private String month;

	private String rubric;

	private int total;

	private boolean passed;

	private boolean vetoed;

	private Instant computedAt;

	private String detail;

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

	public String getMonth() {
		return this.month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

	public String getRubric() {
		return this.rubric;
	}

	public void setRubric(String rubric) {
		this.rubric = rubric;
	}

	public int getTotal() {
		return this.total;
	}

	public void setTotal(int total) {
		this.total = total;
	}

	public boolean isPassed() {
		return this.passed;
	}

	public void setPassed(boolean passed) {
		this.passed = passed;
	}

	public boolean isVetoed() {
		return this.vetoed;
	}

	public void setVetoed(boolean vetoed) {
		this.vetoed = vetoed;
	}

	public Instant getComputedAt() {
		return this.computedAt;
	}

	public void setComputedAt(Instant computedAt) {
		this.computedAt = computedAt;
	}

	public String getDetail() {
		return this.detail;
	}

	public void setDetail(String detail) {
		this.detail = detail;
	}

}
