package cn.govsite.content.publishing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.content.interaction.InteractionProperties;
import cn.govsite.content.interaction.knowledge.KnowledgeEntry;
import cn.govsite.content.interaction.knowledge.KnowledgeService;
import cn.govsite.content.interaction.mailbox.Mailbox;
import cn.govsite.content.interaction.mailbox.MailboxMessage;
import cn.govsite.content.interaction.mailbox.MailboxService;
import cn.govsite.content.interaction.mailbox.MessageService;
import cn.govsite.content.interaction.mailbox.MonthlyStats;
import cn.govsite.content.interaction.survey.Survey;
import cn.govsite.content.interaction.survey.SurveyKind;
import cn.govsite.content.interaction.survey.SurveyPhase;
import cn.govsite.content.interaction.survey.SurveyQuestion;
import cn.govsite.content.interaction.survey.SurveyService;

/**
 * 政民互动 — what the site's interaction page shows when it is rendered: the open mailboxes
 * (each with its form), the last months' figures (received, answered, on time, average
 * working days, 004), the published letters with their replies (already masked when they
 * were published) and the surveys open now. The forms post to the public APIs through
 * {@code /assets/interaction.js}; the figures are those of the render and the script
 * refreshes the current month's.
 */
@Component
class InteractionPage {

	/** Months of figures shown, the current one first. */
	static final int STATS_MONTHS = 6;

	/** Published letters shown; the rest are read through the API. */
	static final int LETTERS = 10;

	/** 常见问题 shown from the knowledge base, most read first. */
	static final int QUESTIONS = 10;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
		.withZone(PageModels.READERS_ZONE);

	private final MailboxService mailboxes;

	private final MessageService messages;

	private final SurveyService surveys;

	private final KnowledgeService knowledge;

	private final InteractionProperties properties;

	private final TransactionTemplate ownTransaction;

	InteractionPage(MailboxService mailboxes, MessageService messages, SurveyService surveys,
			KnowledgeService knowledge, InteractionProperties properties, PlatformTransactionManager transactions) {
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.knowledge = knowledge;
		this.properties = properties;
		this.mailboxes = mailboxes;
		this.messages = messages;
		this.surveys = surveys;
	}

	/** Reads the current site's interaction data and builds the page's model. */
	Map<String, Object> model(PageModels.Frame frame) {
		// A site's first look at its mailboxes creates the default four; a template
		// preview renders in a read-only transaction, so that look gets its own.
		List<Mailbox> all = TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				? this.ownTransaction.execute(status -> this.mailboxes.all()) : this.mailboxes.all();
		YearMonth current = YearMonth.from(this.messages.today());
		List<MonthlyStats> stats = new ArrayList<>();
		for (int i = 0; i < STATS_MONTHS; i++) {
			stats.add(this.messages.stats(current.minusMonths(i)));
		}
		List<MailboxMessage> letters = this.messages.published(null, 0, LETTERS);
		List<Survey> open = this.surveys.published()
			.stream()
			.filter(survey -> this.surveys.phase(survey) == SurveyPhase.OPEN)
			.toList();
		Map<Long, List<SurveyQuestion>> questions = new LinkedHashMap<>();
		open.forEach(survey -> questions.put(survey.getId(), this.surveys.questions(survey.getId())));
		Map<String, Object> page = of(frame, all, stats, letters, open, questions, this.messages.today(),
				this.properties.maxTitle(), this.properties.maxBody());
		return withKnowledge(page, this.knowledge.popular(null, QUESTIONS));
	}

	/** Adds 常见问题: the knowledge base's current entries, most read first. */
	static Map<String, Object> withKnowledge(Map<String, Object> page, List<KnowledgeEntry> entries) {
		page.put("knowledge", entries.stream().map(entry -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", entry.getId());
			item.put("topic", text(entry.getTopic()));
			item.put("question", text(entry.getQuestion()));
			item.put("answer", text(entry.getAnswer()));
			return item;
		}).toList());
		return page;
	}

	/** The page's model from what was read; plain Java, no Spring. */
	static Map<String, Object> of(PageModels.Frame frame, List<Mailbox> mailboxes, List<MonthlyStats> stats,
			List<MailboxMessage> letters, List<Survey> surveys, Map<Long, List<SurveyQuestion>> questions,
			LocalDate today, int maxTitle, int maxBody) {
		Map<String, Object> page = frame.page();
		// The forms' limits, so the browser stops where the service would refuse.
		page.put("maxTitle", maxTitle);
		page.put("maxBody", maxBody);
		page.put("crumbs", List.of(Map.of("label", "政民互动", "href", "")));
		page.put("knowledge", List.of());
		page.put("asOf", today.toString());
		Map<Long, String> names = mailboxes.stream()
			.collect(Collectors.toMap(Mailbox::getId, Mailbox::getName, (a, b) -> a));
		List<Map<String, Object>> boxes = new ArrayList<>();
		for (Mailbox mailbox : mailboxes) {
			if (!Boolean.TRUE.equals(mailbox.getEnabled())) {
				continue;
			}
			Map<String, Object> box = new LinkedHashMap<>();
			box.put("code", mailbox.getCode());
			box.put("name", mailbox.getName());
			box.put("deadlineDays", mailbox.getDeadlineDays());
			boxes.add(box);
		}
		page.put("mailboxes", boxes);
		page.put("stats", stats.stream().map(InteractionPage::month).toList());
		page.put("letters", letters.stream().map(letter -> letter(letter, names::get)).toList());
		page.put("surveys",
				surveys.stream()
					.map(survey -> survey(survey, questions.getOrDefault(survey.getId(), List.of())))
					.toList());
		return page;
	}

	private static Map<String, Object> month(MonthlyStats stats) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("month", stats.month().toString());
		row.put("label", stats.month().getYear() + "年" + stats.month().getMonthValue() + "月");
		row.put("received", stats.received());
		row.put("answered", stats.answered());
		row.put("onTime", stats.onTime());
		row.put("onTimeRate", percent(stats.onTimeRate()));
		row.put("averageWorkingDays", decimal(stats.averageWorkingDays()));
		return row;
	}

	private static Map<String, Object> letter(MailboxMessage letter, Function<Long, String> mailboxName) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", letter.getId());
		item.put("mailbox", text(mailboxName.apply(letter.getMailboxId())));
		item.put("title", text(letter.getPublicTitle()));
		item.put("body", text(letter.getPublicBody()));
		item.put("reply", text(letter.getPublicReply()));
		item.put("unit", text(letter.getUnit()));
		item.put("receivedOn", (letter.getReceivedOn() != null) ? letter.getReceivedOn().toString() : "");
		item.put("repliedOn", (letter.getRepliedOn() != null) ? letter.getRepliedOn().toString() : "");
		return item;
	}

	private static Map<String, Object> survey(Survey survey, List<SurveyQuestion> questions) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", survey.getId());
		item.put("kind", (survey.getKind() == SurveyKind.CONSULTATION) ? "意见征集" : "网上调查");
		item.put("title", text(survey.getTitle()));
		item.put("description", text(survey.getDescription()));
		item.put("opensOn", (survey.getOpensAt() != null) ? DATE.format(survey.getOpensAt()) : "");
		item.put("closesOn", (survey.getClosesAt() != null) ? DATE.format(survey.getClosesAt()) : "");
		item.put("anonymousAllowed", Boolean.TRUE.equals(survey.getAnonymousAllowed()));
		item.put("questions", questions.stream().map(InteractionPage::question).toList());
		return item;
	}

	/**
	 * A question of an open survey, for its answer form; options are answered by index.
	 */
	private static Map<String, Object> question(SurveyQuestion question) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", question.getId());
		item.put("kind", question.getKind().name());
		item.put("text", text(question.getText()));
		item.put("required", Boolean.TRUE.equals(question.getRequired()));
		String options = question.getOptions();
		item.put("options", (options == null || options.isEmpty()) ? List.of() : List.of(options.split("\n")));
		return item;
	}

	/** A rate or average for the page: one decimal, or "—" with nothing answered. */
	private static String decimal(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "—";
	}

	private static String percent(BigDecimal value) {
		return (value != null) ? value.toPlainString() + "%" : "—";
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
