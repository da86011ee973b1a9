package cn.govsite.tenant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 租户服务 — sites (tenants), their domains and their identity in Keycloak. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TenantServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(TenantServiceApplication.class, args);
	}

}
