package cn.govsite.common.config;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.event.EventConsumer;
import cn.govsite.common.event.EventConsumerRunner;
import cn.govsite.common.event.Outbox;
import cn.govsite.common.event.OutboxRelay;

/**
 * The outbox and relay where a service has a database, the consumer loops where it has
 * consumers.
 */
@AutoConfiguration(after = GovsiteCoreAutoConfiguration.class,
		afterName = { "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
				"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration" })
@ConditionalOnClass(StringRedisTemplate.class)
public class GovsiteEventsAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JdbcTemplate.class)
	@ConditionalOnBean({ JdbcTemplate.class, StringRedisTemplate.class, TransactionTemplate.class })
	static class OutboxConfiguration {

		@Bean
		OutboxRelay govsiteOutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, StringRedisTemplate redis,
				GovsiteProperties properties) {
			return new OutboxRelay(jdbc, transactions, redis, properties);
		}

		@Bean
		Outbox govsiteOutbox(JdbcTemplate jdbc, JsonMapper json, OutboxRelay relay,
				@Value("${spring.application.name:govsite}") String source) {
			return new Outbox(jdbc, json, source, relay);
		}

	}

	@Bean
	@ConditionalOnBean({ EventConsumer.class, StringRedisTemplate.class })
	EventConsumerRunner govsiteEventConsumerRunner(List<EventConsumer> consumers, StringRedisTemplate redis,
			JsonMapper json, GovsiteProperties properties,
			@Value("${spring.application.name:govsite}") String application) {
		return new EventConsumerRunner(consumers, redis, json, properties, application + "-" + instanceName());
	}

	private static String instanceName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "host";
		}
		return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
	}

}
