package cn.govsite.asset.usage;

import java.util.List;

/**
 * content-service's event: the resources an article of the event's site now uses (the
 * whole set, so applying it twice or late changes nothing).
 */
record MediaUsageChanged(Long articleId, List<Long> assetIds) {

}
