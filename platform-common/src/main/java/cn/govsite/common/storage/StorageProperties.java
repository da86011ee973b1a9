package cn.govsite.common.storage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * S3-compatible object storage (MinIO in production, S3Proxy locally). Buckets are named
 * {@code {bucketPrefix}{purpose}}, e.g. {@code govsite-pages}. The timeouts keep a call
 * from hanging when the store is down or stalled: the caller answers 503 instead (the
 * SDK's own defaults are minutes).
 */
@ConfigurationProperties("govsite.storage")
public record StorageProperties(@DefaultValue("http://127.0.0.1:19000") String endpoint,
		@DefaultValue("govsite") String accessKey, @DefaultValue("govsite-dev-secret") String secretKey,
		@DefaultValue("govsite-") String bucketPrefix, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("30s") Duration callTimeout) {

	public String bucket(String purpose) {
		return this.bucketPrefix + purpose;
	}

}
