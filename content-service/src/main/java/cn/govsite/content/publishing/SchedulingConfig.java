package cn.govsite.content.publishing;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@link ScheduledPublisher}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {

}
