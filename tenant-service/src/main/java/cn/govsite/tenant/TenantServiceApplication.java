package cn.govsite.tenant;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** 租户服务 — sites (tenants), their domains and their identity in Keycloak. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TenantServiceApplication {

	/** The time every rule reads; tests replace it to move time ({@code @Primary}). */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	public static void main(String[] args) {
		SpringApplication.run(TenantServiceApplication.class, args);
	}

}
