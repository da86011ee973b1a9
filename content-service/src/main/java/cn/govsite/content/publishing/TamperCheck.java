package cn.govsite.content.publishing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.event.Outbox;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.site.SiteDirectory;
import cn.govsite.content.site.SiteFacts;

/**
 * 防篡改检查 — compares every stored page with the SHA-256 publishing recorded for it. A page
 * that differs (or is gone) raises an alert for the site, is reported as
 * {@code PageTampered} for the platform, and is restored by rendering it again from the
 * content (or removed, if it should no longer exist). One replica checks at a time (a
 * Redis lock, as for scheduled publishing).
 */
@Component
class TamperCheck {

	private static final Logger log = LoggerFactory.getLogger(TamperCheck.class);

	private static final RedisScript<Long> RELEASE = RedisScript.of(
			"if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
			Long.class);

	private final JdbcTemplate jdbc;

	private final StringRedisTemplate redis;

	private final PageStore store;

	private final PublishedFileMapper fileRows;

	private final PublishedFiles files;

	private final TamperAlertMapper alerts;

	private final RenderJobs jobs;

	private final SitePages pages;

	private final SiteDirectory sites;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final PublishingProperties properties;

	private final String lockKey;

	TamperCheck(JdbcTemplate jdbc, StringRedisTemplate redis, PageStore store, PublishedFileMapper fileRows,
			PublishedFiles files, TamperAlertMapper alerts, RenderJobs jobs, SitePages pages, SiteDirectory sites,
			Outbox outbox, TransactionTemplate transactions, PublishingProperties properties,
			GovsiteProperties govsite) {
		this.jdbc = jdbc;
		this.redis = redis;
		this.store = store;
		this.fileRows = fileRows;
		this.files = files;
		this.alerts = alerts;
		this.jobs = jobs;
		this.pages = pages;
		this.sites = sites;
		this.outbox = outbox;
		this.transactions = transactions;
		this.properties = properties;
		this.lockKey = govsite.redis().keyPrefix() + "content:tamper-check:lock";
	}

	@Scheduled(fixedDelayString = "${govsite.content.publishing.tamper-check-interval:5m}",
			initialDelayString = "${govsite.content.publishing.tamper-check-interval:5m}")
	void scheduled() {
		String token = UUID.randomUUID().toString();
		Duration ttl = this.properties.tamperCheckInterval().plusMinutes(5);
		if (!Boolean.TRUE.equals(this.redis.opsForValue().setIfAbsent(this.lockKey, token, ttl))) {
			return;
		}
		try {
			List<TamperAlert> found = check();
			if (!found.isEmpty()) {
				log.warn("Tamper check restored {} page(s)", found.size());
			}
		}
		finally {
			this.redis.execute(RELEASE, List.of(this.lockKey), token);
		}
	}

	/** One round over every recorded file of every site; returns the alerts raised. */
	List<TamperAlert> check() {
		List<TamperAlert> raised = new ArrayList<>();
		long after = 0;
		int batch = Math.max(1, this.properties.tamperCheckBatch());
		while (true) {
			List<Recorded> recorded = this.jdbc
				.query("SELECT f.id, f.site_id, p.code, f.object_key, f.sha256 FROM published_file f "
						+ "JOIN site_profile p ON p.site_id = f.site_id WHERE f.id > ? ORDER BY f.id LIMIT " + batch,
						(rs, row) -> new Recorded(rs.getLong(1), new SiteRef(rs.getLong(2), rs.getString(3)),
								rs.getString(4), rs.getString(5)),
						after);
			for (Recorded file : recorded) {
				after = file.id();
				checkOne(file).ifPresent(raised::add);
			}
			if (recorded.size() < batch) {
				return raised;
			}
		}
	}

	private Optional<TamperAlert> checkOne(Recorded file) {
		Optional<byte[]> stored;
		try {
			stored = this.store.read(file.key());
		}
		catch (RuntimeException ex) {
			// Storage down is an availability problem, not tampering: check again later.
			log.warn("Tamper check could not read {}: {}", file.key(), ex.toString());
			return Optional.empty();
		}
		String found = stored.map(RenderedPage::sha256).orElse(null);
		if (file.sha256().equals(found)) {
			return Optional.empty();
		}
		try {
			return TenantContext.callAs(file.site(), () -> restore(file, found));
		}
		catch (RuntimeException ex) {
			log.warn("Could not restore tampered page {}: {}", file.key(), ex.toString());
			return Optional.empty();
		}
	}

	private Optional<TamperAlert> restore(Recorded file, String found) {
		SiteFacts facts = this.sites.require(file.site());
		return this.transactions.execute(status -> {
			this.sites.lockCurrent();
			PublishedFile current = this.fileRows
				.selectOne(Wrappers.<PublishedFile>lambdaQuery().eq(PublishedFile::getObjectKey, file.key()));
			if (current == null || !current.getSha256().equals(file.sha256())) {
				// Published again (or withdrawn) since this round read the record.
				return Optional.<TamperAlert>empty();
			}
			Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
			TamperAlert alert = new TamperAlert();
			alert.setSiteId(file.site().id());
			alert.setObjectKey(file.key());
			alert.setExpectedSha256(file.sha256());
			alert.setFoundSha256(found);
			alert.setDetectedAt(now);
			RenderJob job = this.jobs.begin(RenderJob.Kind.RESTORE, file.key(), "tamper-check");
			SitePages.Context context = this.pages.context(facts);
			Optional<RenderedPage> page = PageRef.ofKey(file.site().code(), file.key())
				.flatMap(ref -> this.pages.render(context, ref));
			if (page.isPresent()) {
				this.files.remember(page.get(), now, job.getId());
				alert.setRestoredAt(now);
			}
			else {
				this.files.forget(file.key());
			}
			this.alerts.insert(alert);
			this.outbox.record(PageTampered.TYPE, file.site(), new PageTampered(file.site().id(), file.site().code(),
					file.key(), file.sha256(), found, page.isPresent(), now));
			if (page.isPresent()) {
				this.store.put(page.get());
			}
			else {
				this.store.delete(file.key());
			}
			this.jobs.finish(job, 1, page.isPresent() ? 1 : 0);
			return Optional.of(alert);
		});
	}

	record Recorded(long id, SiteRef site, String key, String sha256) {
	}

}
