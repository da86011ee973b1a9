package cn.govsite.content.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.stereotype.Component;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * Records render jobs of the current site and moves them through {@link RenderJobState}.
 */
@Component
class RenderJobs {

	private final RenderJobMapper jobs;

	private final Clock clock = Clock.systemUTC();

	RenderJobs(RenderJobMapper jobs) {
		this.jobs = jobs;
	}

	/** A job run at once, in the caller's transaction. */
	RenderJob begin(RenderJob.Kind kind, String subject, String by) {
		RenderJob job = create(kind, subject, by, RenderJobState.RUNNING);
		job.setStartedAt(job.getCreatedAt());
		job.setHeartbeatAt(job.getCreatedAt());
		this.jobs.insert(job);
		return job;
	}

	/** A job for the background runner; a republish already waiting is reused. */
	RenderJob queue(RenderJob.Kind kind, String subject, String by) {
		RenderJob waiting = this.jobs.selectOne(Wrappers.<RenderJob>lambdaQuery()
			.eq(RenderJob::getKind, kind)
			.eq(RenderJob::getState, RenderJobState.QUEUED)
			.orderByAsc(RenderJob::getId)
			.last("LIMIT 1"));
		if (waiting != null) {
			return waiting;
		}
		RenderJob job = create(kind, subject, by, RenderJobState.QUEUED);
		this.jobs.insert(job);
		return job;
	}

	void finish(RenderJob job, int total, int written) {
		job.setTotal(total);
		job.setDone(total);
		job.setWritten(written);
		move(job, RenderJobState.DONE);
	}

	/** Progress of a running job: also its heartbeat. */
	void progress(RenderJob job, int total, int done, int written) {
		job.setTotal(total);
		job.setDone(done);
		job.setWritten(written);
		move(job, RenderJobState.RUNNING);
	}

	void fail(RenderJob job, String error) {
		job.setError((error != null && error.length() > 500) ? error.substring(0, 500) : error);
		move(job, RenderJobState.FAILED);
	}

	/**
	 * Takes a queued or stale job for this runner: only one runner wins the update, the
	 * others see 0 rows.
	 */
	boolean claim(RenderJob job, Instant staleBefore) {
		Instant now = now();
		int claimed = this.jobs.update(null, Wrappers.<RenderJob>lambdaUpdate()
			.eq(RenderJob::getId, job.getId())
			.and(q -> q.eq(RenderJob::getState, RenderJobState.QUEUED)
				.or(r -> r.eq(RenderJob::getState, RenderJobState.RUNNING).lt(RenderJob::getHeartbeatAt, staleBefore)))
			.set(RenderJob::getState, RenderJobState.RUNNING)
			.set(RenderJob::getStartedAt, (job.getStartedAt() != null) ? job.getStartedAt() : now)
			.set(RenderJob::getHeartbeatAt, now));
		if (claimed == 1) {
			job.setState(RenderJobState.RUNNING);
			job.setHeartbeatAt(now);
			return true;
		}
		return false;
	}

	RenderJob get(long id) {
		RenderJob job = this.jobs.selectById(id);
		if (job == null) {
			throw GovsiteException.notFound("渲染任务", "Render job", id);
		}
		return job;
	}

	List<RenderJob> recent(int limit) {
		return this.jobs.selectList(Wrappers.<RenderJob>lambdaQuery()
			.orderByDesc(RenderJob::getId)
			.last("LIMIT " + Math.max(1, Math.min(limit, 100))));
	}

	private void move(RenderJob job, RenderJobState to) {
		if (!job.getState().mayBecome(to)) {
			throw new GovsiteException(ProblemType.INVALID_STATE,
					Message.of("渲染任务 " + job.getId() + " 已结束", "Render job " + job.getId() + " is " + job.getState()));
		}
		Instant now = now();
		job.setState(to);
		job.setHeartbeatAt(now);
		if (to == RenderJobState.DONE || to == RenderJobState.FAILED) {
			job.setFinishedAt(now);
		}
		this.jobs.updateById(job);
	}

	private RenderJob create(RenderJob.Kind kind, String subject, String by, RenderJobState state) {
		SiteRef site = TenantContext.require();
		RenderJob job = new RenderJob();
		job.setSiteId(site.id());
		job.setKind(kind);
		job.setState(state);
		job.setSubject(subject);
		job.setTotal(0);
		job.setDone(0);
		job.setWritten(0);
		job.setCreatedBy(by);
		job.setCreatedAt(now());
		return job;
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
	}

}
