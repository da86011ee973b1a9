package cn.govsite.asset.asset;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

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
 * Storing uploads of the request's site and handing them back. The bytes go to storage
 * first and the row after; a failed row removes the bytes again, so no row ever points at
 * nothing.
 */
@Service
class AssetService {

	private static final Logger log = LoggerFactory.getLogger(AssetService.class);

	/** Everyone who works on a site's content may see its library. */
	private static final Role[] READERS = { Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER, Role.CHIEF };

	private final AssetMapper assets;

	private final ObjectStorage storage;

	private final String bucket;

	private final AtomicBoolean bucketReady = new AtomicBoolean();

	private final Clock clock = Clock.systemUTC();

	AssetService(AssetMapper assets, ObjectStorage storage, StorageProperties properties) {
		this.assets = assets;
		this.storage = storage;
		this.bucket = properties.bucket("assets");
	}

	Asset upload(GovsitePrincipal principal, MultipartFile file, String title) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.EDITOR, Role.SITE_ADMIN);
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
		Asset asset = new Asset();
		asset.setSiteId(site.id());
		asset.setTitle(title.strip());
		asset.setOriginalFilename(FileNames.clean(file.getOriginalFilename()));
		asset.setContentType(Downloads.contentType(file.getContentType()));
		asset.setSize(file.getSize());
		asset.setObjectKey(ObjectKeys.of(site.code(), now, UUID.randomUUID()));
		asset.setCreatedBy(principal.username());
		asset.setCreatedAt(now);
		asset.setSha256(store(file, asset));
		try {
			this.assets.insert(asset);
		}
		catch (RuntimeException ex) {
			forget(asset);
			throw ex;
		}
		return asset;
	}

	Asset get(GovsitePrincipal principal, long id) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), READERS);
		Asset asset = this.assets.selectById(id);
		if (asset == null) {
			throw GovsiteException.notFound("资源", "Asset", id);
		}
		return asset;
	}

	/** The asset's bytes, opened for streaming; the caller closes them. */
	InputStream open(Asset asset) {
		try {
			return this.storage.open(this.bucket, asset.getObjectKey()).orElseThrow(() -> {
				log.error("Asset {} of site {} has no object {}", asset.getId(), asset.getSiteId(),
						asset.getObjectKey());
				return GovsiteException.notFound("资源文件", "Asset content", asset.getId());
			});
		}
		catch (GovsiteException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw unavailable(ex);
		}
	}

	/** Streams the upload to storage and returns the SHA-256 of what was stored. */
	private String store(MultipartFile file, Asset asset) {
		MessageDigest digest = sha256();
		try (InputStream in = new DigestInputStream(file.getInputStream(), digest)) {
			if (!this.bucketReady.get()) {
				this.storage.ensureBucket(this.bucket);
				this.bucketReady.set(true);
			}
			this.storage.put(this.bucket, asset.getObjectKey(), in, file.getSize(), asset.getContentType());
		}
		catch (IOException ex) {
			throw new GovsiteException(ProblemType.MALFORMED_REQUEST,
					Message.of("上传的文件无法读取", "The uploaded file could not be read"));
		}
		catch (RuntimeException ex) {
			throw unavailable(ex);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private void forget(Asset asset) {
		try {
			this.storage.delete(this.bucket, asset.getObjectKey());
		}
		catch (RuntimeException ex) {
			log.warn("Could not remove orphan object {} after a failed upload: {}", asset.getObjectKey(),
					ex.toString());
		}
	}

	private static GovsiteException unavailable(RuntimeException ex) {
		log.warn("Object storage failed: {}", ex.toString());
		return new GovsiteException(ProblemType.SERVICE_UNAVAILABLE,
				Message.of("文件存储暂时不可用，请稍后再试", "File storage is unavailable; try again later"));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
