package cn.govsite.asset.upload;

import java.util.Map;

/**
 * 分片上传会话 — one large upload in progress: whose it is, what it will be called, how big it
 * said it is, and where S3 collects its parts.
 */
record UploadSession(String id, long siteId, String subject, String filename, String title, long size,
		String s3UploadId, String key) {

	Map<String, String> toHash() {
		return Map.of("siteId", Long.toString(this.siteId), "subject", this.subject, "filename", this.filename, "title",
				this.title, "size", Long.toString(this.size), "s3UploadId", this.s3UploadId, "key", this.key);
	}

	static UploadSession fromHash(String id, Map<Object, Object> hash) {
		return new UploadSession(id, Long.parseLong((String) hash.get("siteId")), (String) hash.get("subject"),
				(String) hash.get("filename"), (String) hash.get("title"), Long.parseLong((String) hash.get("size")),
				(String) hash.get("s3UploadId"), (String) hash.get("key"));
	}

	/** How many parts a file of this size is sent in. */
	int partCount(long partSize) {
		return (int) Math.max(1, (this.size + partSize - 1) / partSize);
	}

	/** The exact size part {@code number} (1-based) must have. */
	long partLength(int number, long partSize) {
		return (number < partCount(partSize)) ? partSize : this.size - partSize * (partCount(partSize) - 1);
	}

}
