package cn.govsite.content.supervision.inspection;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.govsite.common.tenant.SiteRef;
import cn.govsite.content.supervision.ColumnFacts;
import cn.govsite.content.supervision.ContentFacts;
import cn.govsite.content.supervision.InteractionFacts;
import cn.govsite.content.supervision.LinkFacts;
import cn.govsite.content.supervision.SecurityFacts;
import cn.govsite.content.supervision.links.LinkCrawler;
import cn.govsite.content.supervision.SupervisionProperties;
import cn.govsite.content.supervision.warning.EarlyWarnings;

/**
 * Gathers each site's facts through the seams, judges them with the {@link Inspector},
 * stores the result and warns the units whose columns are about to go stale.
 */
@Service
public class InspectionService {

	private static final Logger log = LoggerFactory.getLogger(InspectionService.class);

	private final JdbcTemplate jdbc;

	private final ColumnFacts columns;

	private final InteractionFacts interaction;

	private final ContentFacts content;

	private final LinkFacts links;

	private final SecurityFacts security;

	private final InspectionStore store;

	private final EarlyWarnings warnings;

	private final Inspector inspector;

	InspectionService(JdbcTemplate jdbc, ColumnFacts columns, InteractionFacts interaction, ContentFacts content,
			LinkFacts links, SecurityFacts security, InspectionStore store, EarlyWarnings warnings,
			SupervisionProperties properties) {
		this.jdbc = jdbc;
		this.columns = columns;
		this.interaction = interaction;
		this.content = content;
		this.links = links;
		this.security = security;
		this.store = store;
		this.warnings = warnings;
		this.inspector = new Inspector(properties);
	}

	/** A site known to this service, as inspection names it. */
	public record Site(SiteRef ref, String name) {

	}

	/** Every site this service holds (its replica of tenant-service's sites). */
	public List<Site> sites() {
		return this.jdbc.query("SELECT site_id, code, name FROM site_profile ORDER BY site_id",
				(rs, row) -> new Site(new SiteRef(rs.getLong(1), rs.getString(2)), rs.getString(3)));
	}

	/** Inspects one site at {@code now}, stores the result and raises early warnings. */
	public InspectionReport inspect(Site site, Instant now) {
		long id = site.ref().id();
		SiteInput input = new SiteInput(id, site.ref().code(), site.name(), this.columns.columns(id),
				this.columns.homePageUpdatedAt(id).orElse(null), this.interaction.snapshot(id, now),
				this.content.findings(id), this.links.crawl(id).map(LinkCrawler.CrawlReport::broken).orElse(null),
				this.security.unhandledTampering(id, now));
		InspectionReport report = this.inspector.inspect(input, now);
		this.store.save(site.ref(), report);
		this.warnings.raise(site.ref(), report);
		return report;
	}

	/**
	 * Inspects every site; one failing site is logged and skipped so the others are still
	 * inspected. Returns how many were inspected.
	 */
	public int inspectAll(Instant now) {
		int done = 0;
		for (Site site : sites()) {
			try {
				inspect(site, now);
				done++;
			}
			catch (RuntimeException ex) {
				log.warn("Inspection of site {} failed: {}", site.ref().code(), ex.toString());
			}
		}
		return done;
	}

}
