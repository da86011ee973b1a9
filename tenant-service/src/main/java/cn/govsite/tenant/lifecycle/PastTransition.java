package cn.govsite.tenant.lifecycle;

import java.time.Instant;

/** A transition a site went through, as far as the lifecycle rules look back. */
public record PastTransition(LifecycleAction action, Instant at) {

}
