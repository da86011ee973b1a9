package cn.govsite.common.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import cn.govsite.common.GovsiteProperties;

/** Binds {@code govsite.*} for every service. */
@AutoConfiguration
@EnableConfigurationProperties(GovsiteProperties.class)
public class GovsiteCoreAutoConfiguration {

}
