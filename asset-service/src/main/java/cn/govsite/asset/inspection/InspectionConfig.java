package cn.govsite.asset.inspection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InspectionConfig {

	@Bean
	FileInspector fileInspector(InspectionProperties properties) {
		return new FileInspector(properties);
	}

}
