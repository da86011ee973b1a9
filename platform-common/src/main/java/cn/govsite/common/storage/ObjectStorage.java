package cn.govsite.common.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;

/**
 * Objects in named buckets: what publishing writes, the gateway serves and the library
 * keeps.
 */
public interface ObjectStorage {

	/** Creates the bucket if it does not exist yet. */
	void ensureBucket(String bucket);

	void put(String bucket, String key, byte[] content, String contentType);

	void put(String bucket, String key, InputStream content, long size, String contentType);

	/** The object's bytes and type, or empty when there is no such object. */
	Optional<StoredObject> get(String bucket, String key);

	/**
	 * Opens the object for reading without loading it whole, or empty when there is no
	 * such object. The caller closes the stream.
	 */
	default Optional<InputStream> open(String bucket, String key) {
		return get(bucket, key).map(object -> new ByteArrayInputStream(object.content()));
	}

	void delete(String bucket, String key);

	/** An object read back: its bytes, content type and entity tag. */
	record StoredObject(byte[] content, String contentType, String etag) {
	}

}
