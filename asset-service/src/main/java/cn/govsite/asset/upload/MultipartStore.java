package cn.govsite.asset.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import io.minio.AbortMultipartUploadArgs;
import io.minio.CompleteMultipartUploadArgs;
import io.minio.CreateMultipartUploadArgs;
import io.minio.ListPartsArgs;
import io.minio.MinioAsyncClient;
import io.minio.UploadPartArgs;
import io.minio.messages.ListPartsResult;
import io.minio.messages.Part;

import org.springframework.stereotype.Component;

import cn.govsite.common.storage.StorageException;
import cn.govsite.common.storage.StorageProperties;

/**
 * S3 multipart upload with the MinIO SDK (its async client is the one that exposes the
 * part calls). The parts S3 holds are the progress: a client that lost its connection
 * asks which parts arrived and sends the others.
 */
@Component
class MultipartStore {

	private final MinioAsyncClient client;

	MultipartStore(StorageProperties properties) {
		this.client = MinioAsyncClient.builder()
			.endpoint(properties.endpoint())
			.credentials(properties.accessKey(), properties.secretKey())
			.build();
	}

	String create(String bucket, String key) {
		return call(this.client
			.createMultipartUpload(CreateMultipartUploadArgs.builder().bucket(bucket).object(key).build())).result()
			.uploadId();
	}

	void uploadPart(String bucket, String key, String uploadId, int number, byte[] data) {
		call(this.client.uploadPart(UploadPartArgs.builder()
			.bucket(bucket)
			.object(key)
			.uploadId(uploadId)
			.partNumber(number)
			.data(data, data.length)
			.build()));
	}

	/** The parts S3 holds for the upload, by number. */
	List<Part> parts(String bucket, String key, String uploadId) {
		List<Part> parts = new ArrayList<>();
		Integer marker = null;
		while (true) {
			ListPartsArgs.Builder args = ListPartsArgs.builder()
				.bucket(bucket)
				.object(key)
				.uploadId(uploadId)
				.maxParts(1000);
			if (marker != null) {
				args.partNumberMarker(marker);
			}
			ListPartsResult result = call(this.client.listParts(args.build())).result();
			parts.addAll(result.parts());
			if (!result.isTruncated()) {
				return parts;
			}
			marker = result.nextPartNumberMarker();
		}
	}

	void complete(String bucket, String key, String uploadId, List<Part> parts) {
		call(this.client.completeMultipartUpload(CompleteMultipartUploadArgs.builder()
			.bucket(bucket)
			.object(key)
			.uploadId(uploadId)
			.parts(parts.stream().map(p -> new Part(p.partNumber(), p.etag())).toArray(Part[]::new))
			.build()));
	}

	void abort(String bucket, String key, String uploadId) {
		call(this.client.abortMultipartUpload(
				AbortMultipartUploadArgs.builder().bucket(bucket).object(key).uploadId(uploadId).build()));
	}

	private static <T> T call(CompletableFuture<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StorageException(ex);
		}
		catch (ExecutionException ex) {
			throw new StorageException(ex.getCause());
		}
	}

}
