package cn.govsite.content.site;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * The sites this service knows: the replica kept from events, completed from
 * tenant-service when a request arrives for a site whose event has not come yet.
 */
@Service
public class SiteDirectory {

	private static final Logger log = LoggerFactory.getLogger(SiteDirectory.class);

	private final SiteProfileMapper profiles;

	private final TenantServiceClient tenantService;

	private final Clock clock;

	SiteDirectory(SiteProfileMapper profiles, TenantServiceClient tenantService) {
		this.profiles = profiles;
		this.tenantService = tenantService;
		this.clock = Clock.systemUTC();
	}

	/**
	 * The facts of the request's site, fetched and stored if the replica lacks them. Call
	 * outside a transaction: it may wait on tenant-service.
	 */
	public SiteFacts require(SiteRef site) {
		return TenantContext.callAs(site, () -> {
			SiteProfile known = this.profiles.selectById(site.id());
			if (known != null) {
				return known.facts();
			}
			SiteFacts fetched = this.tenantService.fetch(site.code())
				.filter(facts -> facts.siteId() == site.id())
				.orElseThrow(() -> new GovsiteException(ProblemType.SITE_NOT_FOUND,
						Message.of("站点不存在：" + site.code(), "No such site: " + site.code())));
			remember(fetched);
			return fetched;
		});
	}

	/**
	 * A site this service already knows, by id, whatever the request's site: for
	 * cross-site work (pushing to the parent portal, reprinting) that must name the other
	 * site.
	 */
	public Optional<SiteFacts> known(long siteId) {
		return TenantContext.callAs(new SiteRef(siteId, "site-" + siteId),
				() -> Optional.ofNullable(this.profiles.selectById(siteId)).map(SiteProfile::facts));
	}

	/**
	 * Locks the current site's replica row for the running transaction and returns its
	 * facts.
	 */
	public SiteFacts lockCurrent() {
		SiteRef site = TenantContext.require();
		return Optional.ofNullable(this.profiles.lock(site.id()))
			.map(SiteProfile::facts)
			.orElseThrow(() -> new GovsiteException(ProblemType.SITE_NOT_FOUND,
					Message.of("站点不存在：" + site.code(), "No such site: " + site.code())));
	}

	/** Stores or refreshes a site; safe to repeat, as events arrive at least once. */
	void remember(SiteFacts facts) {
		SiteProfile profile = SiteProfile.of(facts, Instant.now(this.clock));
		if (this.profiles.updateById(profile) > 0) {
			return;
		}
		try {
			this.profiles.insert(profile);
		}
		catch (DuplicateKeyException ex) {
			// An event and a fallback fetch stored the same site at once: keep the
			// latest.
			log.debug("Site {} was stored concurrently; updating", facts.code());
			this.profiles.updateById(profile);
		}
	}

}
