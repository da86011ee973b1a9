package cn.govsite.common.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * S3-compatible object storage (MinIO in production, S3Proxy locally). Buckets are named
 * {@code {bucketPrefix}{purpose}}, e.g. {@code govsite-pages}.
 */
@ConfigurationProperties("govsite.storage")
public record StorageProperties(@DefaultValue("http://127.0.0.1:19000") String endpoint,
		@DefaultValue("govsite") String accessKey, @DefaultValue("govsite-dev-secret") String secretKey,
		@DefaultValue("govsite-") String bucketPrefix) {

	public String bucket(String purpose) {
		return this.bucketPrefix + purpose;
	}

}
