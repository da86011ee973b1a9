package cn.govsite.common.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.errors.ErrorResponseException;

/** {@link ObjectStorage} over the S3 API with the MinIO SDK. */
public class S3ObjectStorage implements ObjectStorage {

	private static final long PART_SIZE = 10L * 1024 * 1024;

	private final MinioClient client;

	public S3ObjectStorage(MinioClient client) {
		this.client = client;
	}

	@Override
	public void ensureBucket(String bucket) {
		call(() -> {
			if (!this.client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
				try {
					this.client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
				}
				catch (ErrorResponseException ex) {
					if (!ex.errorResponse().code().startsWith("BucketAlready")) {
						throw ex;
					}
				}
			}
			return null;
		});
	}

	@Override
	public void put(String bucket, String key, byte[] content, String contentType) {
		put(bucket, key, new ByteArrayInputStream(content), content.length, contentType);
	}

	@Override
	public void put(String bucket, String key, InputStream content, long size, String contentType) {
		call(() -> this.client.putObject(PutObjectArgs.builder()
			.bucket(bucket)
			.object(key)
			.stream(content, size, (size >= 0) ? -1 : PART_SIZE)
			.contentType(contentType)
			.build()));
	}

	@Override
	public Optional<StoredObject> get(String bucket, String key) {
		return call(() -> {
			try (GetObjectResponse response = this.client
				.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
				byte[] bytes = response.readAllBytes();
				String type = response.headers().get("Content-Type");
				String etag = response.headers().get("ETag");
				return Optional.of(new StoredObject(bytes, (type != null) ? type : "application/octet-stream", etag));
			}
			catch (ErrorResponseException ex) {
				String code = ex.errorResponse().code();
				if ("NoSuchKey".equals(code) || "NoSuchBucket".equals(code)) {
					return Optional.empty();
				}
				throw ex;
			}
		});
	}

	@Override
	public Optional<InputStream> open(String bucket, String key) {
		return call(() -> {
			GetObjectArgs args = GetObjectArgs.builder().bucket(bucket).object(key).build();
			try {
				return Optional.of(this.client.getObject(args));
			}
			catch (ErrorResponseException ex) {
				String code = ex.errorResponse().code();
				if ("NoSuchKey".equals(code) || "NoSuchBucket".equals(code)) {
					return Optional.empty();
				}
				throw ex;
			}
		});
	}

	@Override
	public void delete(String bucket, String key) {
		call(() -> {
			this.client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
			return null;
		});
	}

	private static <T> T call(StorageCall<T> call) {
		try {
			return call.run();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new StorageException(ex);
		}
	}

	@FunctionalInterface
	private interface StorageCall<T> {

		T run() throws Exception;

	}

}
