package cn.govsite.content.crosssite;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.article.Article;
import cn.govsite.content.article.ItemOrigin;
import cn.govsite.content.workflow.ItemMoved;

/**
 * 采用 — when the parent portal publishes (or rejects) a pushed item, the pushing site's
 * record says so, in the same transaction as the parent's step.
 */
@Component
class AdoptionRecorder {

	private final ItemPushMapper pushes;

	AdoptionRecorder(ItemPushMapper pushes) {
		this.pushes = pushes;
	}

	@EventListener
	void on(ItemMoved moved) {
		Article item = moved.article();
		if (!ItemOrigin.PUSH.equals(item.getOriginKind())) {
			return;
		}
		PushStatus status = switch (moved.to()) {
			case PUBLISHED -> PushStatus.ADOPTED;
			case REJECTED -> PushStatus.REJECTED;
			default -> null;
		};
		if (status == null) {
			return;
		}
		// The record belongs to the pushing site: written deliberately in its name.
		TenantContext.runAs(new SiteRef(item.getOriginSiteId(), item.getOriginSiteCode()),
				() -> this.pushes.update(null,
						Wrappers.<ItemPush>lambdaUpdate()
							.eq(ItemPush::getTargetSiteId, item.getSiteId())
							.eq(ItemPush::getTargetItemId, item.getId())
							.set(ItemPush::getStatus, status)
							.set(ItemPush::getDecidedBy, moved.by())
							.set(ItemPush::getDecidedAt, item.getUpdatedAt())));
	}

}
