package cn.govsite.content.supervision.score;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.govsite.content.supervision.RunOnceLock;
import cn.govsite.content.supervision.SupervisionProperties;

/**
 * Scores the previous month on the first of each month, once across replicas (the month's
 * lock is kept after a successful run, as for the daily inspection).
 */
@Component
public class ScoreScheduler {

	private final ScoreService scores;

	private final RunOnceLock lock;

	private final SupervisionProperties properties;

	private final Clock clock = Clock.systemUTC();

	ScoreScheduler(ScoreService scores, RunOnceLock lock, SupervisionProperties properties) {
		this.scores = scores;
		this.lock = lock;
		this.properties = properties;
	}

	@Scheduled(cron = "${govsite.supervision.score-cron:0 30 4 1 * *}",
			zone = "${govsite.supervision.zone:Asia/Shanghai}")
	void monthly() {
		Instant now = this.clock.instant();
		runMonthly(YearMonth.from(now.atZone(this.properties.zone())).minusMonths(1), now);
	}

	/** Scores {@code month} for every site unless already done; empty when skipped. */
	public Optional<Integer> runMonthly(YearMonth month, Instant now) {
		Optional<RunOnceLock.Lease> lease = this.lock.acquire("score:" + month, Duration.ofDays(2));
		if (lease.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.scores.scoreAll(month, now));
		}
		catch (RuntimeException ex) {
			lease.get().release();
			throw ex;
		}
	}

}
