package cn.govsite.content.interaction.mailbox;

import java.time.Instant;
import java.time.LocalDate;

import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 来信 — a citizen's message to a mailbox: what was written (never published as such), the
 * work on it, and the masked text published with the reply.
 */
@TableName("mailbox_message")
public class MailboxMessage {

	private Long id;

	private Long siteId;

	private Long mailboxId;

	private String trackingCode;

	private String citizenSubject;

	private String writerName;

	private String writerPhone;

	private String writerEmail;

	private String title;

	private String body;

	private MessageState state;

	private Instant receivedAt;

	private LocalDate receivedOn;

	private LocalDate dueOn;

	private Integer deadlineDays;

	private Integer screeningHits;

	private String clientKey;

	private String unit;

	private String reply;

	private String repliedBy;

	private Instant repliedAt;

	private LocalDate repliedOn;

	private Integer answerDays;

	private String publicTitle;

	private String publicBody;

	private String publicReply;

	private Instant publishedAt;

	private String closedReason;

	private Instant remindedAt;

	private Instant overdueNotifiedAt;

	private Integer version;

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

	public Long getMailboxId() {
		return this.mailboxId;
	}

	public void setMailboxId(Long mailboxId) {
		this.mailboxId = mailboxId;
	}

	public String getTrackingCode() {
		return this.trackingCode;
	}

	public void setTrackingCode(String trackingCode) {
		this.trackingCode = trackingCode;
	}

	public String getCitizenSubject() {
		return this.citizenSubject;
	}

	public void setCitizenSubject(String citizenSubject) {
		this.citizenSubject = citizenSubject;
	}

	public String getWriterName() {
		return this.writerName;
	}

	public void setWriterName(String writerName) {
		this.writerName = writerName;
	}

	public String getWriterPhone() {
		return this.writerPhone;
	}

	public void setWriterPhone(String writerPhone) {
		this.writerPhone = writerPhone;
	}

	public String getWriterEmail() {
		return this.writerEmail;
	}

	public void setWriterEmail(String writerEmail) {
		this.writerEmail = writerEmail;
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

	public MessageState getState() {
		return this.state;
	}

	public void setState(MessageState state) {
		this.state = state;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public void setReceivedAt(Instant receivedAt) {
		this.receivedAt = receivedAt;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public Integer getDeadlineDays() {
		return this.deadlineDays;
	}

	public void setDeadlineDays(Integer deadlineDays) {
		this.deadlineDays = deadlineDays;
	}

	public Integer getScreeningHits() {
		return this.screeningHits;
	}

	public void setScreeningHits(Integer screeningHits) {
		this.screeningHits = screeningHits;
	}

	public String getClientKey() {
		return this.clientKey;
	}

	public void setClientKey(String clientKey) {
		this.clientKey = clientKey;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getReply() {
		return this.reply;
	}

	public void setReply(String reply) {
		this.reply = reply;
	}

	public String getRepliedBy() {
		return this.repliedBy;
	}

	public void setRepliedBy(String repliedBy) {
		this.repliedBy = repliedBy;
	}

	public Instant getRepliedAt() {
		return this.repliedAt;
	}

	public void setRepliedAt(Instant repliedAt) {
		this.repliedAt = repliedAt;
	}

	public LocalDate getRepliedOn() {
		return this.repliedOn;
	}

	public void setRepliedOn(LocalDate repliedOn) {
		this.repliedOn = repliedOn;
	}

	public Integer getAnswerDays() {
		return this.answerDays;
	}

	public void setAnswerDays(Integer answerDays) {
		this.answerDays = answerDays;
	}

	public String getPublicTitle() {
		return this.publicTitle;
	}

	public void setPublicTitle(String publicTitle) {
		this.publicTitle = publicTitle;
	}

	public String getPublicBody() {
		return this.publicBody;
	}

	public void setPublicBody(String publicBody) {
		this.publicBody = publicBody;
	}

	public String getPublicReply() {
		return this.publicReply;
	}

	public void setPublicReply(String publicReply) {
		this.publicReply = publicReply;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public void setPublishedAt(Instant publishedAt) {
		this.publishedAt = publishedAt;
	}

	public String getClosedReason() {
		return this.closedReason;
	}

	public void setClosedReason(String closedReason) {
		this.closedReason = closedReason;
	}

	public Instant getRemindedAt() {
		return this.remindedAt;
	}

	public void setRemindedAt(Instant remindedAt) {
		this.remindedAt = remindedAt;
	}

	public Instant getOverdueNotifiedAt() {
		return this.overdueNotifiedAt;
	}

	public void setOverdueNotifiedAt(Instant overdueNotifiedAt) {
		this.overdueNotifiedAt = overdueNotifiedAt;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
