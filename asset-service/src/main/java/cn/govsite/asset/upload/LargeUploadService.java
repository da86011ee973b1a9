package cn.govsite.asset.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import io.minio.messages.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.govsite.asset.asset.Asset;
import cn.govsite.asset.asset.AssetMetadata;
import cn.govsite.asset.asset.AssetService;
import cn.govsite.asset.inspection.UploadSource;
import cn.govsite.asset.inspection.UploadRefusal;
import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * 大文件分片上传 — files too large for one request arrive in parts over an S3 multipart upload
 * to a staging key, can be resumed from whatever parts S3 holds, and on completion pass
 * the same inspection as any upload before they enter the library. The session (Redis,
 * with a time to live) belongs to one user of one site; anyone else sees nothing.
 */
@Service
class LargeUploadService {

	static final ProblemType INCOMPLETE = new ProblemType("upload-incomplete", HttpStatus.CONFLICT,
			Message.of("分片未传完", "Parts are missing"));

	private static final Logger log = LoggerFactory.getLogger(LargeUploadService.class);

	private final MultipartStore multipart;

	private final ObjectStorage storage;

	private final AssetService assets;

	private final StringRedisTemplate redis;

	private final LargeUploadProperties properties;

	private final String bucket;

	private final String keyPrefix;

	LargeUploadService(MultipartStore multipart, ObjectStorage storage, AssetService assets, StringRedisTemplate redis,
			LargeUploadProperties properties, StorageProperties storageProperties, GovsiteProperties govsite) {
		this.multipart = multipart;
		this.storage = storage;
		this.assets = assets;
		this.redis = redis;
		this.properties = properties;
		this.bucket = storageProperties.bucket("assets");
		this.keyPrefix = govsite.redis().keyPrefix() + "asset-upload:";
	}

	UploadProgress start(GovsitePrincipal principal, StartUploadRequest request) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.EDITOR, Role.SITE_ADMIN);
		if (request.size() > this.properties.maxSize().toBytes()) {
			throw new GovsiteException(UploadRefusal.TOO_LARGE, Message.of(
					"文件大小超过分片上传上限 " + this.properties.maxSize().toBytes() + " 字节",
					"The file exceeds the large-upload limit of " + this.properties.maxSize().toBytes() + " bytes"));
		}
		String id = UUID.randomUUID().toString();
		String key = "uploads/" + id;
		this.storage.ensureBucket(this.bucket);
		String s3UploadId = this.multipart.create(this.bucket, key);
		UploadSession session = new UploadSession(id, site.id(), principal.subject(), request.filename(),
				request.title().strip(), request.size(), s3UploadId, key);
		this.redis.opsForHash().putAll(this.keyPrefix + id, session.toHash());
		this.redis.expire(this.keyPrefix + id, this.properties.sessionTtl());
		return progress(session);
	}

	UploadProgress putPart(GovsitePrincipal principal, String id, int number, InputStream body) {
		UploadSession session = session(principal, id);
		long partSize = this.properties.partSize().toBytes();
		if (number < 1 || number > session.partCount(partSize)) {
			throw GovsiteException.invalid("partNumber", Message.of("分片序号应在 1 到 " + session.partCount(partSize) + " 之间",
					"The part number must be between 1 and " + session.partCount(partSize)));
		}
		long expected = session.partLength(number, partSize);
		byte[] data;
		try {
			data = body.readNBytes((int) expected + 1);
		}
		catch (IOException ex) {
			throw new GovsiteException(ProblemType.MALFORMED_REQUEST,
					Message.of("分片无法读取", "The part could not be read"));
		}
		if (data.length != expected) {
			throw GovsiteException.invalid("part",
					Message.of("第 " + number + " 片应为 " + expected + " 字节，收到 " + data.length,
							"Part " + number + " must have " + expected + " bytes, got " + data.length));
		}
		this.multipart.uploadPart(this.bucket, session.key(), session.s3UploadId(), number, data);
		return progress(session);
	}

	UploadProgress progress(GovsitePrincipal principal, String id) {
		return progress(session(principal, id));
	}

	Asset complete(GovsitePrincipal principal, String id) {
		UploadSession session = session(principal, id);
		UploadProgress progress = progress(session);
		if (!progress.missing().isEmpty()) {
			throw new GovsiteException(INCOMPLETE,
					Message.of("还缺少分片：" + progress.missing(), "These parts are still missing: " + progress.missing()));
		}
		List<Part> parts = this.multipart.parts(this.bucket, session.key(), session.s3UploadId());
		this.multipart.complete(this.bucket, session.key(), session.s3UploadId(), parts);
		this.redis.delete(this.keyPrefix + id);
		try {
			// The whole file now sits at the staging key: inspect and store it like any
			// upload; the staging object goes either way.
			return this.assets.ingest(principal, session.filename(),
					new AssetMetadata(session.title(), null, null, null, null, null, null, List.of(), null),
					staged(session));
		}
		finally {
			try {
				this.storage.delete(this.bucket, session.key());
			}
			catch (RuntimeException ex) {
				log.warn("Could not remove staged upload {}: {}", session.key(), ex.toString());
			}
		}
	}

	void abort(GovsitePrincipal principal, String id) {
		UploadSession session = session(principal, id);
		this.multipart.abort(this.bucket, session.key(), session.s3UploadId());
		this.redis.delete(this.keyPrefix + id);
	}

	private UploadSession session(GovsitePrincipal principal, String id) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.EDITOR, Role.SITE_ADMIN);
		Map<Object, Object> hash = this.redis.opsForHash().entries(this.keyPrefix + id);
		if (hash.isEmpty()) {
			throw GovsiteException.notFound("上传会话", "Upload", id);
		}
		UploadSession session = UploadSession.fromHash(id, hash);
		// Another site's or another person's upload does not exist for this caller.
		if (session.siteId() != site.id() || !session.subject().equals(principal.subject())) {
			throw GovsiteException.notFound("上传会话", "Upload", id);
		}
		return session;
	}

	private UploadProgress progress(UploadSession session) {
		long partSize = this.properties.partSize().toBytes();
		List<Part> parts = this.multipart.parts(this.bucket, session.key(), session.s3UploadId());
		List<Integer> received = parts.stream().map(Part::partNumber).sorted().toList();
		List<Integer> missing = IntStream.rangeClosed(1, session.partCount(partSize))
			.filter(n -> !received.contains(n))
			.boxed()
			.toList();
		long bytes = parts.stream().mapToLong(Part::partSize).sum();
		return new UploadProgress(session.id(), session.size(), partSize, session.partCount(partSize), received,
				missing, bytes);
	}

	private UploadSource staged(UploadSession session) {
		return new UploadSource() {
			@Override
			public InputStream open() throws IOException {
				return LargeUploadService.this.storage.open(LargeUploadService.this.bucket, session.key())
					.orElseThrow(() -> new IOException("Staged upload " + session.key() + " is gone"));
			}

			@Override
			public long size() {
				return session.size();
			}
		};
	}

}
