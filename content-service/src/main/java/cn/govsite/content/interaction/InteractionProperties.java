package cn.govsite.content.interaction;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of interaction with citizens, under {@code govsite.content.interaction}.
 *
 * @param zone the zone whose calendar days count (receipt day, deadline day)
 * @param deadlineDays answer limit of a new mailbox in working days (003: 5)
 * @param remindDays how many working days before the deadline staff are reminded
 * @param reminderInterval how often the reminder job looks for due and overdue messages
 * @param submissions how many public submissions (messages, survey answers) one client
 * may make per {@code submissionPeriod} on one site
 * @param submissionPeriod the period over which {@code submissions} refill
 * @param maxTitle longest title of a message, after markup is stripped
 * @param maxBody longest message or answer text, after markup is stripped
 * @param feedbackWarnDays how many calendar days before a survey's feedback is due staff
 * are warned
 */
@ConfigurationProperties("govsite.content.interaction")
public record InteractionProperties(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("5") int deadlineDays,
		@DefaultValue("1") int remindDays, @DefaultValue("5m") Duration reminderInterval,
		@DefaultValue("5") int submissions, @DefaultValue("10m") Duration submissionPeriod,
		@DefaultValue("100") int maxTitle, @DefaultValue("5000") int maxBody, @DefaultValue("7") int feedbackWarnDays) {

}
