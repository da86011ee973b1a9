package cn.govsite.content.publishing;

import java.time.Instant;
import java.util.List;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.site.SiteDirectory;
import cn.govsite.content.template.TemplateService;

/** The site admin's view of render jobs and tamper alerts, and the republish request. */
@Service
class PublishingJobs {

	private final RenderJobs jobs;

	private final TamperAlertMapper alerts;

	private final SiteDirectory sites;

	PublishingJobs(RenderJobs jobs, TamperAlertMapper alerts, SiteDirectory sites) {
		this.jobs = jobs;
		this.alerts = alerts;
		this.sites = sites;
	}

	record JobView(long id, RenderJob.Kind kind, RenderJobState state, String subject, int total, int done, int written,
			String error, String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt) {

		static JobView of(RenderJob job) {
			return new JobView(job.getId(), job.getKind(), job.getState(), job.getSubject(), job.getTotal(),
					job.getDone(), job.getWritten(), job.getError(), job.getCreatedBy(), job.getCreatedAt(),
					job.getStartedAt(), job.getFinishedAt());
		}

	}

	record AlertView(long id, String objectKey, String expectedSha256, String foundSha256, Instant detectedAt,
			Instant restoredAt) {

	}

	JobView republish(GovsitePrincipal principal) {
		SiteRef site = TemplateService.requireAdmin(principal);
		this.sites.require(site);
		return JobView.of(this.jobs.queue(RenderJob.Kind.REPUBLISH, "requested", principal.username()));
	}

	@Transactional(readOnly = true)
	List<JobView> recent(GovsitePrincipal principal, int limit) {
		requireReader(principal);
		return this.jobs.recent(limit).stream().map(JobView::of).toList();
	}

	@Transactional(readOnly = true)
	JobView get(GovsitePrincipal principal, long id) {
		requireReader(principal);
		return JobView.of(this.jobs.get(id));
	}

	@Transactional(readOnly = true)
	List<AlertView> alerts(GovsitePrincipal principal) {
		TemplateService.requireAdmin(principal);
		return this.alerts
			.selectList(Wrappers.<TamperAlert>lambdaQuery().orderByDesc(TamperAlert::getId).last("LIMIT 100"))
			.stream()
			.map(a -> new AlertView(a.getId(), a.getObjectKey(), a.getExpectedSha256(), a.getFoundSha256(),
					a.getDetectedAt(), a.getRestoredAt()))
			.toList();
	}

	private static void requireReader(GovsitePrincipal principal) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER);
	}

}
