package cn.govsite.content.interaction.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.interaction.CitizenText;
import cn.govsite.content.interaction.PersonalDataMasker;
import cn.govsite.content.interaction.Staff;
import cn.govsite.content.interaction.SubmissionRateLimit;
import cn.govsite.content.interaction.knowledge.QuestionMatcher.Candidate;
import cn.govsite.content.interaction.mailbox.MailboxMessage;
import cn.govsite.content.interaction.mailbox.MessageService;

/**
 * 知识库 of the request's site: staff curate entries (often from answered messages, with
 * personal data masked), citizens browse them by topic with the popular ones first, vote
 * them helpful, and get likely answers while typing a question.
 */
@Service
public class KnowledgeService {

	static final int MAX_QUESTION = 200;

	static final int MAX_ANSWER = 10_000;

	static final int LIST_LIMIT = 200;

	/** How many entries a suggestion looks at; a site's curated base stays well below. */
	static final int SUGGEST_POOL = 2_000;

	static final int SEGMENTED_CACHE = 50_000;

	private static final String POPULAR_FIRST = "ORDER BY views + 5 * helpful DESC, id DESC LIMIT ";

	private final KnowledgeEntryMapper entries;

	private final MessageService messages;

	private final SubmissionRateLimit rateLimit;

	private final PersonalDataMasker masker = new PersonalDataMasker();

	private final QuestionMatcher matcher = new QuestionMatcher();

	private final Clock clock = Clock.systemUTC();

	/** Segmented entries by id, the least recently used dropped beyond the bound. */
	private final Map<Long, Segmented> segmented = java.util.Collections
		.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, Segmented> eldest) {
				return size() > SEGMENTED_CACHE;
			}
		});

	KnowledgeService(KnowledgeEntryMapper entries, MessageService messages, SubmissionRateLimit rateLimit) {
		this.entries = entries;
		this.messages = messages;
		this.rateLimit = rateLimit;
	}

	@Transactional
	public KnowledgeEntry create(GovsitePrincipal principal, String topic, String question, String answer) {
		Staff.roles(principal);
		return insert(principal, topic, question, answer, null);
	}

	/**
	 * An answered message becomes an entry: its public wording if published, else the
	 * message and reply masked; staff may reword either.
	 */
	@Transactional
	public KnowledgeEntry fromMessage(GovsitePrincipal principal, long messageId, String topic, String question,
			String answer) {
		MailboxMessage message = this.messages.get(principal, messageId);
		if (message.getReply() == null) {
			throw new GovsiteException(ProblemType.INVALID_STATE,
					Message.of("来信尚未答复，不能收入知识库", "Only an answered message can become a knowledge entry"));
		}
		boolean taken = this.entries
			.selectCount(Wrappers.<KnowledgeEntry>lambdaQuery().eq(KnowledgeEntry::getSourceMessageId, messageId)) > 0;
		if (taken) {
			throw GovsiteException.conflict(Message.of("该来信已收入知识库", "This message is already in the knowledge base"));
		}
		String defaultQuestion = (message.getPublicTitle() != null) ? message.getPublicTitle()
				: this.masker.mask(message.getTitle());
		String defaultAnswer = (message.getPublicReply() != null) ? message.getPublicReply()
				: this.masker.mask(message.getReply());
		String q = blank(question) ? defaultQuestion : this.masker.mask(question);
		String a = blank(answer) ? defaultAnswer : this.masker.mask(answer);
		return insert(principal, topic, q, a, messageId);
	}

	@Transactional
	public KnowledgeEntry update(GovsitePrincipal principal, long id, String topic, String question, String answer,
			Boolean archived) {
		Staff.roles(principal);
		KnowledgeEntry entry = require(id);
		if (topic != null) {
			entry.setTopic(text("topic", topic, 50));
		}
		if (question != null) {
			entry.setQuestion(text("question", question, MAX_QUESTION));
		}
		if (answer != null) {
			entry.setAnswer(text("answer", answer, MAX_ANSWER));
		}
		if (archived != null) {
			entry.setArchived(archived);
		}
		entry.setUpdatedAt(this.clock.instant());
		this.entries.updateById(entry);
		return entry;
	}

	@Transactional(readOnly = true)
	public List<KnowledgeEntry> all(GovsitePrincipal principal) {
		Staff.roles(principal);
		return this.entries.selectList(
				Wrappers.<KnowledgeEntry>lambdaQuery().orderByDesc(KnowledgeEntry::getId).last("LIMIT " + LIST_LIMIT));
	}

	/** The public list: current entries, optionally of one topic, popular first. */
	@Transactional(readOnly = true)
	public List<KnowledgeEntry> popular(String topic, int size) {
		return this.entries.selectList(Wrappers.<KnowledgeEntry>lambdaQuery()
			.eq(KnowledgeEntry::getArchived, false)
			.eq(topic != null && !topic.isBlank(), KnowledgeEntry::getTopic, topic)
			.last(POPULAR_FIRST + size));
	}

	/** The topics with how many current entries each has. */
	@Transactional(readOnly = true)
	public Map<String, Long> topics() {
		return this.entries
			.selectList(Wrappers.<KnowledgeEntry>lambdaQuery()
				.select(KnowledgeEntry::getTopic)
				.eq(KnowledgeEntry::getArchived, false)
				.last("LIMIT " + SUGGEST_POOL))
			.stream()
			.collect(Collectors.groupingBy(KnowledgeEntry::getTopic, java.util.TreeMap::new, Collectors.counting()));
	}

	/** One current entry for the public; reading it counts a view. */
	@Transactional
	public KnowledgeEntry read(long id) {
		KnowledgeEntry entry = requireCurrent(id);
		this.entries.count(id, 1, 0);
		entry.setViews(entry.getViews() + 1);
		return entry;
	}

	@Transactional
	public KnowledgeEntry helpful(long id, String client) {
		KnowledgeEntry entry = requireCurrent(id);
		this.rateLimit.take(TenantContext.require(), client);
		this.entries.count(id, 0, 1);
		entry.setHelpful(entry.getHelpful() + 1);
		return entry;
	}

	/** Likely answers to what a citizen is typing, best first. */
	@Transactional(readOnly = true)
	public List<KnowledgeEntry> suggest(String query, int limit) {
		String text = CitizenText.clean(query);
		if (text == null || text.isBlank()) {
			throw GovsiteException.invalid("q", Message.of("请输入问题", "Type a question"));
		}
		List<KnowledgeEntry> pool = this.entries.selectList(Wrappers.<KnowledgeEntry>lambdaQuery()
			.eq(KnowledgeEntry::getArchived, false)
			.last(POPULAR_FIRST + SUGGEST_POOL));
		Map<Long, KnowledgeEntry> byId = pool.stream()
			.collect(Collectors.toMap(KnowledgeEntry::getId, Function.identity()));
		List<Candidate> candidates = pool.stream().map(this::candidate).toList();
		return this.matcher.rank(text, candidates, limit).stream().map(m -> byId.get(m.id())).toList();
	}

	/**
	 * The entry's words, segmented once per version of the entry: segmenting every entry
	 * on every keystroke would cost far more than the ranking (see the benchmark).
	 */
	private Candidate candidate(KnowledgeEntry entry) {
		Segmented cached = this.segmented.get(entry.getId());
		if (cached == null || !cached.updatedAt().equals(entry.getUpdatedAt())) {
			Candidate fresh = this.matcher.candidate(entry.getId(), entry.getQuestion(), entry.getAnswer(), 0, 0);
			cached = new Segmented(entry.getUpdatedAt(), fresh.questionWords(), fresh.answerWords());
			this.segmented.put(entry.getId(), cached);
		}
		return new Candidate(entry.getId(), cached.questionWords(), cached.answerWords(), entry.getViews(),
				entry.getHelpful());
	}

	private record Segmented(Instant updatedAt, java.util.Set<String> questionWords,
			java.util.Set<String> answerWords) {

	}

	private KnowledgeEntry insert(GovsitePrincipal principal, String topic, String question, String answer,
			Long sourceMessageId) {
		SiteRef site = TenantContext.require();
		Instant now = this.clock.instant();
		KnowledgeEntry entry = new KnowledgeEntry();
		entry.setSiteId(site.id());
		entry.setTopic(text("topic", topic, 50));
		entry.setQuestion(text("question", question, MAX_QUESTION));
		entry.setAnswer(text("answer", answer, MAX_ANSWER));
		entry.setSourceMessageId(sourceMessageId);
		entry.setArchived(false);
		entry.setViews(0);
		entry.setHelpful(0);
		entry.setCreatedBy(principal.username());
		entry.setCreatedAt(now);
		entry.setUpdatedAt(now);
		this.entries.insert(entry);
		return entry;
	}

	private KnowledgeEntry require(long id) {
		KnowledgeEntry entry = this.entries.selectById(id);
		if (entry == null) {
			throw GovsiteException.notFound("知识库条目", "Knowledge entry", id);
		}
		return entry;
	}

	private KnowledgeEntry requireCurrent(long id) {
		KnowledgeEntry entry = this.entries.selectById(id);
		if (entry == null || Boolean.TRUE.equals(entry.getArchived())) {
			throw GovsiteException.notFound("知识库条目", "Knowledge entry", id);
		}
		return entry;
	}

	private static String text(String field, String value, int max) {
		String cleaned = CitizenText.clean(value);
		if (cleaned == null || cleaned.isEmpty()) {
			throw GovsiteException.invalid(field, Message.of("不能为空", "Must not be empty"));
		}
		if (cleaned.length() > max) {
			throw GovsiteException.invalid(field, Message.of("不超过" + max + "字", "At most " + max + " characters"));
		}
		return cleaned;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
