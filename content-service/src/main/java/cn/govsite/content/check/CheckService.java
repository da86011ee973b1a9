package cn.govsite.content.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.http.HttpStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * Runs the pre-publish checks (质检) for the service, keeps the latest findings of each
 * article, and turns blocking findings into a 422 problem that lists them.
 */
@Service
public class CheckService {

	/** Submission refused because of blocking findings. */
	public static final ProblemType CHECK_FAILED = new ProblemType("check-failed", HttpStatus.UNPROCESSABLE_CONTENT,
			Message.of("内容未通过发布前检查", "The content failed the pre-publish checks"));

	private final ContentChecks checks;

	private final CheckFindingMapper findings;

	private final LeaderDirectory leaders;

	/**
	 * What applies to a typed item's own fields (a guide's conditions, a notice's
	 * issuer): words, typos and links. Writing rules are about titles and news bodies,
	 * and contact numbers in a guide are meant to be published.
	 */
	private final ContentChecks fieldChecks;

	CheckService(CheckProperties properties, CheckFindingMapper findings, ObjectProvider<LeaderDirectory> leaders) {
		this.checks = ContentChecks.standard(properties.linkPolicy());
		this.fieldChecks = new ContentChecks(List.of(SensitiveWordChecker.platform(), TypoChecker.shipped(),
				new LinkChecker(properties.linkPolicy())));
		this.findings = findings;
		this.leaders = leaders.getIfAvailable(() -> List::of);
	}

	/** The standard checks, and the leader check with the request's site's leaders. */
	public ContentChecks.Report run(String title, String body) {
		return run(title, body, true);
	}

	/**
	 * The checks, with the leader check or without it: a leader profile itself is the
	 * source of truth being edited (a promotion changes the title), not checked against
	 * its old version.
	 */
	public ContentChecks.Report run(String title, String body, boolean checkLeaders) {
		List<Leader> known = checkLeaders ? this.leaders.leaders() : List.of();
		ContentChecks checks = known.isEmpty() ? this.checks : this.checks.with(new LeaderChecker(known));
		return checks.check(new CheckedText(title, body));
	}

	/**
	 * The field checks over each text of a typed item, by path ({@code conditions},
	 * {@code materials[0].name}); findings name {@code fields.<path>} and positions are
	 * within that text.
	 */
	public ContentChecks.Report runFields(Map<String, String> texts) {
		List<Finding> found = new ArrayList<>();
		texts.forEach((path, text) -> this.fieldChecks.check(new CheckedText("", text))
			.findings()
			.stream()
			.filter(f -> CheckedText.BODY.equals(f.field()))
			.map(f -> new Finding("fields." + path, f.ruleId(), f.severity(), f.start(), f.end(), f.matched(),
					f.explanationZh(), f.explanationEn()))
			.forEach(found::add));
		return new ContentChecks.Report(found);
	}

	/** One report of both. */
	public static ContentChecks.Report merge(ContentChecks.Report first, ContentChecks.Report second) {
		List<Finding> all = new ArrayList<>(first.findings());
		all.addAll(second.findings());
		return new ContentChecks.Report(all);
	}

	/** Replaces the stored findings of the article (inside the caller's transaction). */
	public void store(long siteId, long articleId, ContentChecks.Report report) {
		this.findings.delete(Wrappers.<CheckFindingRow>lambdaQuery().eq(CheckFindingRow::getArticleId, articleId));
		report.findings()
			.forEach(finding -> this.findings.insert(CheckFindingRow.of(siteId, articleId, storable(finding))));
	}

	/**
	 * Stores the findings of new items (nothing stored for them yet) in one batched
	 * insert, in the caller's transaction: a bulk import writes hundreds at once.
	 */
	public void storeNew(long siteId, Map<Long, ContentChecks.Report> reportsByArticle) {
		List<CheckFindingRow> rows = new ArrayList<>();
		reportsByArticle.forEach((articleId, report) -> report.findings()
			.forEach(finding -> rows.add(CheckFindingRow.of(siteId, articleId, storable(finding)))));
		if (!rows.isEmpty()) {
			this.findings.insert(rows);
		}
	}

	/**
	 * The stored field name is short: a long typed-field path moves into the explanation.
	 */
	private static Finding storable(Finding finding) {
		if (finding.field().length() <= 20) {
			return finding;
		}
		String path = "【" + finding.field() + "】";
		return new Finding("fields", finding.ruleId(), finding.severity(), finding.start(), finding.end(),
				finding.matched(), path + finding.explanationZh(), path + finding.explanationEn());
	}

	public List<Finding> stored(long articleId) {
		return this.findings
			.selectList(Wrappers.<CheckFindingRow>lambdaQuery()
				.eq(CheckFindingRow::getArticleId, articleId)
				.orderByAsc(CheckFindingRow::getId))
			.stream()
			.map(CheckFindingRow::toFinding)
			.toList();
	}

	/** A 422 problem listing each blocking finding, when there is one. */
	public void requireNoBlocking(ContentChecks.Report report) {
		if (!report.blocked()) {
			return;
		}
		List<FieldViolation> violations = report.blocking()
			.stream()
			.map(f -> new FieldViolation(f.field(),
					Message.of(
							"[" + f.ruleId() + "] " + f.start() + "-" + f.end() + " “" + f.matched() + "”："
									+ f.explanationZh(),
							"[" + f.ruleId() + "] " + f.start() + "-" + f.end() + ": " + f.explanationEn())))
			.toList();
		throw new GovsiteException(CHECK_FAILED, Message.of("存在" + violations.size() + "处严重问题，修改后才能提交审核",
				violations.size() + " blocking finding(s); fix them before submitting"), violations);
	}

}
