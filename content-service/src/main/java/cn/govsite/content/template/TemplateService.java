package cn.govsite.content.template;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.site.SiteDirectory;

/**
 * Keeps the versions of a site's templates: a site admin saves a version (refused when
 * unsafe), activates it, and rolls back to the version it replaced or to the platform
 * default. Moves of one site's templates are serialised by locking the site's row.
 */
@Service
public class TemplateService {

	private final TemplateVersionMapper versions;

	private final SiteTemplates templates;

	private final SiteDirectory sites;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	TemplateService(TemplateVersionMapper versions, SiteTemplates templates, SiteDirectory sites,
			ApplicationEventPublisher events) {
		this.versions = versions;
		this.templates = templates;
		this.sites = sites;
		this.events = events;
	}

	/** The site admin of the request's site, or a 403 problem. */
	public static SiteRef requireAdmin(GovsitePrincipal principal) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.SITE_ADMIN);
		return site;
	}

	public static TemplateName name(String id) {
		return TemplateName.ofId(id).orElseThrow(() -> GovsiteException.notFound("模板", "Template", id));
	}

	@Transactional(readOnly = true)
	List<TemplateViews.Summary> list(GovsitePrincipal principal) {
		requireAdmin(principal);
		Map<String, List<TemplateVersion>> byName = this.versions
			.selectList(Wrappers.<TemplateVersion>lambdaQuery()
				.select(TemplateVersion::getName, TemplateVersion::getVersion, TemplateVersion::getState))
			.stream()
			.collect(Collectors.groupingBy(TemplateVersion::getName));
		return Arrays.stream(TemplateName.values()).map(name -> {
			List<TemplateVersion> rows = byName.getOrDefault(name.id(), List.of());
			Integer active = rows.stream()
				.filter(row -> row.getState() == TemplateState.ACTIVE)
				.map(TemplateVersion::getVersion)
				.findFirst()
				.orElse(null);
			return new TemplateViews.Summary(name.id(), active, active != null, rows.size());
		}).toList();
	}

	@Transactional(readOnly = true)
	TemplateViews.Detail detail(GovsitePrincipal principal, TemplateName name) {
		requireAdmin(principal);
		List<TemplateVersion> rows = this.versions.selectList(Wrappers.<TemplateVersion>lambdaQuery()
			.eq(TemplateVersion::getName, name.id())
			.orderByDesc(TemplateVersion::getVersion));
		Optional<TemplateVersion> active = rows.stream()
			.filter(row -> row.getState() == TemplateState.ACTIVE)
			.findFirst();
		return new TemplateViews.Detail(name.id(), active.map(TemplateVersion::getVersion).orElse(null),
				active.isPresent(), active.map(TemplateVersion::getSource).orElse(SiteTemplates.defaultSource(name)),
				rows.stream().map(row -> TemplateViews.Version.of(row, false)).toList());
	}

	@Transactional(readOnly = true)
	TemplateViews.Version version(GovsitePrincipal principal, TemplateName name, int version) {
		requireAdmin(principal);
		return TemplateViews.Version.of(existing(name, version), true);
	}

	@Transactional
	TemplateViews.Version save(GovsitePrincipal principal, TemplateName name, TemplateViews.SaveRequest request) {
		SiteRef site = requireAdmin(principal);
		List<Message> problems = TemplateGuard.problems(name, request.source());
		if (!problems.isEmpty()) {
			throw TemplateProblems.refused(name, problems);
		}
		this.sites.lockCurrent();
		TemplateVersion latest = this.versions.selectOne(Wrappers.<TemplateVersion>lambdaQuery()
			.eq(TemplateVersion::getName, name.id())
			.orderByDesc(TemplateVersion::getVersion)
			.last("LIMIT 1"));
		TemplateVersion row = new TemplateVersion();
		row.setSiteId(site.id());
		row.setName(name.id());
		row.setVersion((latest != null) ? latest.getVersion() + 1 : 1);
		row.setSource(request.source());
		row.setNote(blankToNull(request.note()));
		row.setState(TemplateState.DRAFT);
		row.setCreatedBy(principal.username());
		row.setCreatedAt(now());
		this.versions.insert(row);
		return TemplateViews.Version.of(row, true);
	}

	/** Makes a version live; the one it replaces is remembered for a rollback. */
	@Transactional
	TemplateViews.Version activate(GovsitePrincipal principal, TemplateName name, int version) {
		SiteRef site = requireAdmin(principal);
		this.sites.lockCurrent();
		TemplateVersion target = existing(name, version);
		if (target.getState() == TemplateState.ACTIVE) {
			return TemplateViews.Version.of(target, false);
		}
		Optional<TemplateVersion> current = this.templates.activeVersion(name);
		current.ifPresent(live -> move(live, TemplateTransition.SUPERSEDE, live.getReplacesId()));
		target.setReplacesId(current.map(TemplateVersion::getId).orElse(null));
		move(target, TemplateTransition.ACTIVATE, target.getReplacesId());
		this.events.publishEvent(new TemplateSetChanged(site, name, principal.username()));
		return TemplateViews.Version.of(target, false);
	}

	/**
	 * Goes back to what the live version replaced: an earlier version, or the platform
	 * default. With no live version there is nothing to roll back.
	 */
	@Transactional
	TemplateViews.Summary rollback(GovsitePrincipal principal, TemplateName name) {
		SiteRef site = requireAdmin(principal);
		this.sites.lockCurrent();
		TemplateVersion live = this.templates.activeVersion(name)
			.orElseThrow(() -> new GovsiteException(ProblemType.INVALID_STATE,
					Message.of("模板 " + name.id() + " 正在使用平台默认版本，无可回退",
							"Template " + name.id() + " uses the platform default; there is nothing to roll back")));
		Long previousId = live.getReplacesId();
		move(live, TemplateTransition.SUPERSEDE, previousId);
		Integer restored = null;
		if (previousId != null) {
			TemplateVersion previous = this.versions.selectById(previousId);
			if (previous != null) {
				move(previous, TemplateTransition.ACTIVATE, previous.getReplacesId());
				restored = previous.getVersion();
			}
		}
		this.events.publishEvent(new TemplateSetChanged(site, name, principal.username()));
		int count = Math.toIntExact(this.versions
			.selectCount(Wrappers.<TemplateVersion>lambdaQuery().eq(TemplateVersion::getName, name.id())));
		return new TemplateViews.Summary(name.id(), restored, restored != null, count);
	}

	private void move(TemplateVersion row, TemplateTransition transition, Long replacesId) {
		if (!transition.allowedFrom(row.getState())) {
			throw new GovsiteException(ProblemType.INVALID_STATE, Message.of(
					"模板版本 " + row.getVersion() + " 处于 " + row.getState() + " 状态，不能" + transition,
					"Template version " + row.getVersion() + " is " + row.getState() + "; cannot " + transition));
		}
		TemplateState from = row.getState();
		row.setState(transition.to());
		if (transition == TemplateTransition.ACTIVATE) {
			row.setActivatedAt(now());
		}
		row.setReplacesId(replacesId);
		int updated = this.versions.update(null,
				Wrappers.<TemplateVersion>lambdaUpdate()
					.eq(TemplateVersion::getId, row.getId())
					.eq(TemplateVersion::getState, from)
					.set(TemplateVersion::getState, row.getState())
					.set(TemplateVersion::getActivatedAt, row.getActivatedAt())
					.set(TemplateVersion::getReplacesId, replacesId));
		if (updated != 1) {
			throw new GovsiteException(ProblemType.INVALID_STATE,
					Message.of("模板版本已被他人改变，请刷新后重试", "The template version changed meanwhile; reload and try again"));
		}
	}

	private TemplateVersion existing(TemplateName name, int version) {
		TemplateVersion row = this.versions.selectOne(Wrappers.<TemplateVersion>lambdaQuery()
			.eq(TemplateVersion::getName, name.id())
			.eq(TemplateVersion::getVersion, version));
		if (row == null) {
			throw GovsiteException.notFound("模板版本", "Template version", name.id() + " v" + version);
		}
		return row;
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
