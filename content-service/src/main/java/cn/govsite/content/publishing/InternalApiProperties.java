package cn.govsite.content.publishing;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code /internal} API under {@code govsite.content.internal}.
 *
 * @param clients the Keycloak clients whose service tokens may call it
 */
@ConfigurationProperties("govsite.content.internal")
public record InternalApiProperties(@DefaultValue("govsite-jobs") List<String> clients) {

}
