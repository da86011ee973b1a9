package cn.govsite.content.media;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MediaConfig {

	@Bean
	MediaCheck mediaCheck(AssetServiceClient assetService) {
		return new MediaCheck(assetService);
	}

}
