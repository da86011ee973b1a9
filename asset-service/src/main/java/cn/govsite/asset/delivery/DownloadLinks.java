package cn.govsite.asset.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.MinioClient;

import org.springframework.stereotype.Component;

import cn.govsite.asset.asset.Asset;
import cn.govsite.common.storage.StorageException;
import cn.govsite.common.storage.StorageProperties;

/**
 * 限时链接 — a presigned GET of a library file, valid for a few minutes: the browser fetches
 * the bytes from the object store directly, with the type, the download name and no-sniff
 * fixed in the signature so the link cannot be bent to serve something else. Signing
 * needs no request to the store.
 */
@Component
class DownloadLinks {

	private final MinioClient signer;

	private final String bucket;

	private final DeliveryProperties properties;

	private final Clock clock = Clock.systemUTC();

	DownloadLinks(StorageProperties storage, DeliveryProperties properties) {
		String endpoint = properties.publicEndpoint().isBlank() ? storage.endpoint() : properties.publicEndpoint();
		// A fixed region: otherwise the SDK asks the store for it before signing.
		this.signer = MinioClient.builder()
			.endpoint(endpoint)
			.region("us-east-1")
			.credentials(storage.accessKey(), storage.secretKey())
			.build();
		this.bucket = storage.bucket("assets");
		this.properties = properties;
	}

	DownloadLink link(Asset asset, String contentDisposition) {
		int seconds = (int) this.properties.linkTtl().toSeconds();
		try {
			String url = this.signer.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
				.method(Http.Method.GET)
				.bucket(this.bucket)
				.object(asset.getObjectKey())
				.expiry(seconds, TimeUnit.SECONDS)
				.extraQueryParams(Map.of("response-content-type", asset.getContentType(),
						"response-content-disposition", contentDisposition))
				.build());
			return new DownloadLink(url, Instant.now(this.clock).plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS));
		}
		catch (Exception ex) {
			throw new StorageException(ex);
		}
	}

	/** A link and when it stops working. */
	record DownloadLink(String url, Instant expiresAt) {
	}

}
