package cn.govsite.common.testapp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import cn.govsite.common.test.GovsiteIntegrationTest;

/** platform-common's own integration tests: the probe application on the real servers. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GovsiteIntegrationTest
@ContextConfiguration(classes = CommonTestApplication.class)
@TestPropertySource(properties = { "spring.flyway.locations=classpath:db/outbox", "govsite.events.retry-after=300ms",
		"govsite.events.max-deliveries=3", "govsite.events.relay-interval=200ms",
		"govsite.security.public-paths=/public/**" })
public @interface CommonIntegrationTest {

}
