package cn.govsite.common.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.tenant.SiteHeaderSigner;

/** Binds {@code govsite.*} for every service. */
@AutoConfiguration
@EnableConfigurationProperties(GovsiteProperties.class)
public class GovsiteCoreAutoConfiguration {

	@Bean
	SiteHeaderSigner govsiteSiteHeaderSigner(GovsiteProperties properties) {
		return new SiteHeaderSigner(properties.tenant().headerSecret());
	}

}
