package cn.govsite.content.supervision;

import java.time.Instant;
import java.util.List;

/**
 * The seam through which supervision reads 互动交流 facts: whether the site offers a working
 * consultation channel and which answerable messages are still unanswered.
 */
public interface InteractionFacts {

	Snapshot snapshot(long siteId, Instant now);

	/** Whether a fact could be established. */
	enum Channel {

		WORKING, NOT_WORKING, UNKNOWN

	}

	/**
	 * @param channel whether a working consultation channel (咨询建言渠道) exists
	 * @param unanswered answerable messages without a reply, or null when unknown
	 * @param lateReplies replies given after the deadline this month, or null when
	 * unknown
	 */
	record Snapshot(Channel channel, List<PendingMessage> unanswered, List<PendingMessage> lateReplies) {

		public static Snapshot unknown() {
			return new Snapshot(Channel.UNKNOWN, null, null);
		}

		public boolean messagesKnown() {
			return this.unanswered != null;
		}

	}

	/** A message (留言/来信) and when it arrived. */
	record PendingMessage(long id, String subject, Instant receivedAt) {

	}

}
