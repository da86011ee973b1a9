package cn.govsite.asset.usage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.asset.asset.AssetReader;
import cn.govsite.common.event.EventConsumer;
import cn.govsite.common.event.EventEnvelope;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * Keeps the usage mirror: each {@code MediaUsageChanged} replaces the article's rows with
 * the set it carries. A resource the site may not use (another site's private one) is not
 * recorded, so no site can block another's retirement by naming its ids.
 */
@Component
class MediaUsageConsumer implements EventConsumer {

	static final String TYPE = "MediaUsageChanged";

	private static final Logger log = LoggerFactory.getLogger(MediaUsageConsumer.class);

	private final AssetUsageMapper usages;

	private final AssetReader reader;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	MediaUsageConsumer(AssetUsageMapper usages, AssetReader reader, JsonMapper json, TransactionTemplate transactions) {
		this.usages = usages;
		this.reader = reader;
		this.json = json;
		this.transactions = transactions;
	}

	@Override
	public String group() {
		return "asset-service-usage";
	}

	@Override
	public boolean accepts(String eventType) {
		return TYPE.equals(eventType);
	}

	@Override
	public void handle(EventEnvelope event) {
		MediaUsageChanged changed = this.json.treeToValue(event.payload(), MediaUsageChanged.class);
		if (changed.articleId() == null || event.siteId() == null) {
			throw new IllegalArgumentException(TYPE + " " + event.id() + " lacks articleId or site");
		}
		SiteRef site = TenantContext.require();
		TreeSet<Long> kept = new TreeSet<>();
		if (changed.assetIds() != null) {
			for (Long id : changed.assetIds()) {
				if (id != null && this.reader.usableBy(id, site)) {
					kept.add(id);
				}
				else {
					log.warn("Site {} reports using asset {} it may not use; not recorded", site.code(), id);
				}
			}
		}
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		this.transactions.executeWithoutResult(status -> {
			this.usages.delete(new LambdaQueryWrapper<AssetUsage>().eq(AssetUsage::getArticleId, changed.articleId()));
			for (Long assetId : kept) {
				AssetUsage usage = new AssetUsage();
				usage.setSiteId(site.id());
				usage.setAssetId(assetId);
				usage.setArticleId(changed.articleId());
				usage.setRecordedAt(now);
				this.usages.insert(usage);
			}
		});
	}

}
