package cn.govsite.content.interaction.mailbox;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.TableName;

/**
 * 办理记录 — one step taken on a message: who moved it from which state to which, with what
 * note.
 */
@TableName("mailbox_message_step")
public class MessageStep {

	private Long id;

	private Long siteId;

	private Long messageId;

	private String actor;

	private MessageAction action;

	private MessageState fromState;

	private MessageState toState;

	private String note;

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

	public Long getMessageId() {
		return this.messageId;
	}

	public void setMessageId(Long messageId) {
		this.messageId = messageId;
	}

	public String getActor() {
		return this.actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public MessageAction getAction() {
		return this.action;
	}

	public void setAction(MessageAction action) {
		this.action = action;
	}

	public MessageState getFromState() {
		return this.fromState;
	}

	public void setFromState(MessageState fromState) {
		this.fromState = fromState;
	}

	public MessageState getToState() {
		return this.toState;
	}

	public void setToState(MessageState toState) {
		this.toState = toState;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

}
