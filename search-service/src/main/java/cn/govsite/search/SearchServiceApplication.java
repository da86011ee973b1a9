package cn.govsite.search;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * 全站搜索 — the cross-site search service: indexes published content from domain events and
 * answers citizens' queries over every site.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SearchServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(SearchServiceApplication.class, args);
	}

}
