package cn.govsite.content.media;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.event.Outbox;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * 资源引用 — records which library resources each article of the request's site uses. Article
 * saving and publishing call {@link #recordArticle} with the ids {@link MediaCheck} let
 * through (body and attachments); a change is stored and announced
 * ({@code MediaUsageChanged}) in one transaction, so asset-service's mirror never misses
 * one. Recording an unchanged set does nothing.
 */
@Service
public class MediaUsages {

	private final MediaUsageMapper usages;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final Clock clock = Clock.systemUTC();

	MediaUsages(MediaUsageMapper usages, Outbox outbox, TransactionTemplate transactions) {
		this.usages = usages;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * Makes the article's recorded usages exactly {@code assetIds}; returns whether
	 * anything changed. Runs in the caller's transaction when there is one.
	 */
	public boolean recordArticle(long articleId, Collection<Long> assetIds) {
		SiteRef site = TenantContext.require();
		SortedSet<Long> wanted = assetIds.stream()
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(TreeSet::new));
		Boolean changed = this.transactions.execute(status -> {
			SortedSet<Long> current = assetsOf(articleId);
			if (current.equals(wanted)) {
				return false;
			}
			this.usages.delete(new LambdaQueryWrapper<MediaUsage>().eq(MediaUsage::getArticleId, articleId));
			Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
			for (Long assetId : wanted) {
				MediaUsage usage = new MediaUsage();
				usage.setSiteId(site.id());
				usage.setArticleId(articleId);
				usage.setAssetId(assetId);
				usage.setRecordedAt(now);
				this.usages.insert(usage);
			}
			this.outbox.record(MediaUsageChanged.TYPE, site, new MediaUsageChanged(articleId, List.copyOf(wanted)));
			return true;
		});
		return Boolean.TRUE.equals(changed);
	}

	/** The resources the article of the request's site uses. */
	public SortedSet<Long> assetsOf(long articleId) {
		return this.usages.selectList(new LambdaQueryWrapper<MediaUsage>().eq(MediaUsage::getArticleId, articleId))
			.stream()
			.map(MediaUsage::getAssetId)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The request's site's articles that use the resource. */
	public List<MediaUsage> whereUsed(long assetId) {
		return this.usages.selectList(new LambdaQueryWrapper<MediaUsage>().eq(MediaUsage::getAssetId, assetId)
			.orderByAsc(MediaUsage::getArticleId));
	}

}
