package cn.govsite.common.event;

import cn.govsite.common.GovsiteProperties;

/** Names of the Redis keys the event plumbing uses, all under the configured prefix. */
public record EventStreams(String prefix, String stream) {

	public static EventStreams of(GovsiteProperties properties) {
		return new EventStreams(properties.redis().keyPrefix(), properties.events().stream());
	}

	public String events() {
		return this.prefix + this.stream;
	}

	public String deadLetters() {
		return this.prefix + this.stream + ":dead";
	}

	public String processed(String group, String eventId) {
		return this.prefix + "processed:" + group + ":" + eventId;
	}

}
