package cn.govsite.content.publishing;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 渲染任务 — one run of publishing: an article published or withdrawn (rendered at once), a
 * site republished (in the background, with progress), or a tampered page restored.
 */
@TableName("render_job")
public class RenderJob {

	enum Kind {

		PUBLISH, WITHDRAW, REPUBLISH, RESTORE, COLUMNS, INTERACTION, NOTICES

	}

	private Long id;

	private Long siteId;

	private Kind kind;

	private RenderJobState state;

	private String subject;

	private Integer total;

	private Integer done;

	private Integer written;

	private String cursorKey;

	private String error;

	private String createdBy;

	private Instant createdAt;

	private Instant startedAt;

	private Instant finishedAt;

	/** When the runner last advanced the job; an old one means the runner stopped. */
	private Instant heartbeatAt;

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

	public Kind getKind() {
		return this.kind;
	}

	public void setKind(Kind kind) {
		this.kind = kind;
	}

	public RenderJobState getState() {
		return this.state;
	}

	public void setState(RenderJobState state) {
		this.state = state;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public Integer getTotal() {
		return this.total;
	}

	public void setTotal(Integer total) {
		this.total = total;
	}

	public Integer getDone() {
		return this.done;
	}

	public void setDone(Integer done) {
		this.done = done;
	}

	public Integer getWritten() {
		return this.written;
	}

	public void setWritten(Integer written) {
		this.written = written;
	}

	public String getCursorKey() {
		return this.cursorKey;
	}

	public void setCursorKey(String cursorKey) {
		this.cursorKey = cursorKey;
	}

	public String getError() {
		return this.error;
	}

	public void setError(String error) {
		this.error = error;
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

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public void setStartedAt(Instant startedAt) {
		this.startedAt = startedAt;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

	public void setFinishedAt(Instant finishedAt) {
		this.finishedAt = finishedAt;
	}

	public Instant getHeartbeatAt() {
		return this.heartbeatAt;
	}

	public void setHeartbeatAt(Instant heartbeatAt) {
		this.heartbeatAt = heartbeatAt;
	}

}
