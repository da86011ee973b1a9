package cn.govsite.asset.upload;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Large files sent in parts (S3 multipart upload), under
 * {@code govsite.asset.large-upload}.
 *
 * @param partSize the size of every part but the last (S3 wants at least 5 MB)
 * @param maxSize the largest file a session may announce; the kind's own limit still
 * applies once the content is known
 * @param sessionTtl how long an unfinished upload can be resumed
 */
@ConfigurationProperties("govsite.asset.large-upload")
public record LargeUploadProperties(@DefaultValue("8MB") DataSize partSize, @DefaultValue("2GB") DataSize maxSize,
		@DefaultValue("24h") Duration sessionTtl) {

	public LargeUploadProperties {
		if (partSize.toBytes() < DataSize.ofMegabytes(5).toBytes()) {
			throw new IllegalArgumentException("govsite.asset.large-upload.part-size must be at least 5MB (S3)");
		}
	}

}
