package cn.govsite.content.supervision.score;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.supervision.SupervisionProperties;
import cn.govsite.content.supervision.inspection.InspectionReport;
import cn.govsite.content.supervision.inspection.InspectionService;
import cn.govsite.content.supervision.inspection.InspectionStore;

/** Computes and keeps each site's monthly score from that month's inspections. */
@Service
public class ScoreService {

	private static final Logger log = LoggerFactory.getLogger(ScoreService.class);

	private final InspectionService inspections;

	private final InspectionStore store;

	private final ScoreMapper scores;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final Rubric rubric;

	private final MonthFacts facts;

	private final ScoreCalculator calculator;

	ScoreService(InspectionService inspections, InspectionStore store, ScoreMapper scores, JsonMapper json,
			TransactionTemplate transactions, SupervisionProperties properties) {
		this.inspections = inspections;
		this.store = store;
		this.scores = scores;
		this.json = json;
		this.transactions = transactions;
		this.rubric = Rubric.load(json, Rubric.HETANG);
		this.facts = new MonthFacts(this.rubric, properties.zone());
		this.calculator = new ScoreCalculator(this.rubric);
	}

	public Rubric rubric() {
		return this.rubric;
	}

	/**
	 * Scores the site for the month and stores it (replacing an earlier computation);
	 * empty when the site was not inspected that month.
	 */
	public Optional<Score> scoreMonth(InspectionService.Site site, YearMonth month, Instant now) {
		return TenantContext.callAs(site.ref(), () -> {
			List<InspectionReport> reports = this.store.reportsBetween(month.atDay(1), month.atEndOfMonth());
			if (reports.isEmpty()) {
				return Optional.<Score>empty();
			}
			Score score = this.calculator.score(month.toString(), this.facts.of(reports));
			ScoreRow row = new ScoreRow();
			row.setSiteId(site.ref().id());
			row.setMonth(month.toString());
			row.setRubric(score.rubric());
			row.setTotal(score.total());
			row.setPassed(score.passed());
			row.setVetoed(score.vetoed());
			row.setComputedAt(now);
			row.setDetail(this.json.writeValueAsString(score));
			this.transactions.executeWithoutResult(status -> {
				this.scores.delete(Wrappers.<ScoreRow>lambdaQuery().eq(ScoreRow::getMonth, month.toString()));
				this.scores.insert(row);
			});
			return Optional.of(score);
		});
	}

	/** Scores every site for the month; returns how many got a score. */
	public int scoreAll(YearMonth month, Instant now) {
		int scored = 0;
		for (InspectionService.Site site : this.inspections.sites()) {
			try {
				scored += scoreMonth(site, month, now).isPresent() ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("Scoring site {} for {} failed: {}", site.ref().code(), month, ex.toString());
			}
		}
		return scored;
	}

	/** The current site's scores between two months, oldest first (summary rows). */
	public List<ScoreRow> series(YearMonth from, YearMonth to) {
		return this.scores.selectList(Wrappers.<ScoreRow>lambdaQuery()
			.between(ScoreRow::getMonth, from.toString(), to.toString())
			.orderByAsc(ScoreRow::getMonth));
	}

	/** The current site's full score of a month. */
	public Optional<Score> of(YearMonth month) {
		return Optional
			.ofNullable(
					this.scores.selectOne(Wrappers.<ScoreRow>lambdaQuery().eq(ScoreRow::getMonth, month.toString())))
			.map(row -> this.json.readValue(row.getDetail(), Score.class));
	}

}
