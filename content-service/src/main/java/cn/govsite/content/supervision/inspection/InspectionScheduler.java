package cn.govsite.content.supervision.inspection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.govsite.content.supervision.RunOnceLock;
import cn.govsite.content.supervision.SupervisionProperties;

/**
 * Runs the daily inspection once a day across all replicas. The lock is named after the
 * day and kept after a successful run (until it expires the next day), so a replica whose
 * cron fires later finds the day done; a failed run releases it for a retry.
 */
@Component
public class InspectionScheduler {

	private static final Logger log = LoggerFactory.getLogger(InspectionScheduler.class);

	/** Longer than a day, so the day's key outlives every replica's cron of that day. */
	private static final Duration DAY_LOCK = Duration.ofHours(26);

	private final InspectionService inspections;

	private final RunOnceLock lock;

	private final SupervisionProperties properties;

	private final Clock clock = Clock.systemUTC();

	InspectionScheduler(InspectionService inspections, RunOnceLock lock, SupervisionProperties properties) {
		this.inspections = inspections;
		this.lock = lock;
		this.properties = properties;
	}

	@Scheduled(cron = "${govsite.supervision.inspection-cron:0 30 2 * * *}",
			zone = "${govsite.supervision.zone:Asia/Shanghai}")
	void daily() {
		runDaily(this.clock.instant());
	}

	/**
	 * Inspects every site for the day of {@code now} unless another run of that day holds
	 * or held the lock; returns how many sites were inspected, empty when skipped.
	 */
	public Optional<Integer> runDaily(Instant now) {
		LocalDate day = now.atZone(this.properties.zone()).toLocalDate();
		Optional<RunOnceLock.Lease> lease = this.lock.acquire("inspection:" + day, DAY_LOCK);
		if (lease.isEmpty()) {
			log.info("Inspection of {} already run or running on another replica", day);
			return Optional.empty();
		}
		try {
			int inspected = this.inspections.inspectAll(now);
			log.info("Inspected {} sites for {}", inspected, day);
			return Optional.of(inspected);
		}
		catch (RuntimeException ex) {
			lease.get().release();
			throw ex;
		}
	}

	/** Turns on scheduling for supervision whatever other modules do. */
	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	static class Scheduling {

	}

}
