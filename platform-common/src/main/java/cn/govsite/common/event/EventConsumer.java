package cn.govsite.common.event;

/**
 * A service's reaction to domain events. Each consumer is a Redis consumer group: it sees
 * every event once per group, retried on failure and dead-lettered after too many tries.
 * Events arrive at least once: {@link #handle} must be safe to repeat.
 */
public interface EventConsumer {

	/** The consumer group; stable across restarts so a stopped service catches up. */
	String group();

	boolean accepts(String eventType);

	/**
	 * Handles one event; the tenant context is set to the event's site. Throw to retry.
	 */
	void handle(EventEnvelope event) throws Exception;

}
