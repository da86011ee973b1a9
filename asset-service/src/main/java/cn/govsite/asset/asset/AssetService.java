package cn.govsite.asset.asset;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import cn.govsite.asset.inspection.FileInspector;
import cn.govsite.asset.inspection.Inspected;
import cn.govsite.asset.inspection.UploadSource;
import cn.govsite.common.error.FieldViolation;
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
 * The library of the request's site: uploads pass inspection, their bytes are stored once
 * per SHA-256, and each resource moves pending → registered → retired with its metadata.
 * The bytes go to storage before the row; an object without a row is harmless (the next
 * upload of the same bytes reuses it), a row without an object cannot happen.
 */
@Service
public class AssetService {

	private static final Logger log = LoggerFactory.getLogger(AssetService.class);

	/** Registration lacks required metadata; {@code errors} lists each missing field. */
	public static final ProblemType METADATA_INCOMPLETE = new ProblemType("metadata-incomplete",
			HttpStatus.UNPROCESSABLE_CONTENT, Message.of("登记信息不完整", "Registration metadata incomplete"));

	/** Everyone who works on a site's content may see its library. */
	static final Role[] READERS = { Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER, Role.CHIEF };

	/** Who adds to the library and describes what is in it. */
	static final Role[] WRITERS = { Role.EDITOR, Role.SITE_ADMIN };

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final AssetMapper assets;

	private final AssetTagMapper tags;

	private final AssetReader reader;

	private final ObjectStorage storage;

	private final FileInspector inspector;

	private final TransactionTemplate transactions;

	private final List<RetirementCheck> retirementChecks;

	private final List<RegistrationListener> registrationListeners;

	private final String bucket;

	private final AtomicBoolean bucketReady = new AtomicBoolean();

	private final Clock clock = Clock.systemUTC();

	AssetService(AssetMapper assets, AssetTagMapper tags, AssetReader reader, ObjectStorage storage,
			StorageProperties properties, FileInspector inspector, TransactionTemplate transactions,
			List<RetirementCheck> retirementChecks, List<RegistrationListener> registrationListeners) {
		this.assets = assets;
		this.tags = tags;
		this.reader = reader;
		this.storage = storage;
		this.inspector = inspector;
		this.transactions = transactions;
		this.retirementChecks = retirementChecks;
		this.registrationListeners = registrationListeners;
		this.bucket = properties.bucket("assets");
	}

	Asset upload(GovsitePrincipal principal, UploadForm form) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), WRITERS);
		MultipartFile file = form.file();
		return ingest(principal, file.getOriginalFilename(), form.metadata(), source(file));
	}

	/**
	 * Inspects bytes uploaded to the request's site and, if they pass, adds them to its
	 * library as a pending resource with the given metadata (title required).
	 */
	public Asset ingest(GovsitePrincipal principal, String filename, AssetMetadata metadata, UploadSource source) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, WRITERS);
		Inspected inspected = this.inspector.inspect(filename, source);
		Asset duplicate = this.assets.selectOne(new LambdaQueryWrapper<Asset>().eq(Asset::getSha256, inspected.sha256())
			.ne(Asset::getState, AssetState.RETIRED)
			.last("LIMIT 1"));
		if (duplicate != null) {
			throw GovsiteException
				.conflict(Message.of("资源库中已有相同文件：资源 " + duplicate.getId() + "「" + duplicate.getTitle() + "」",
						"The library already holds the same file: resource " + duplicate.getId()));
		}
		AssetMetadata cleaned = clean(metadata);
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
		Asset asset = new Asset();
		asset.setSiteId(site.id());
		asset.apply(cleaned);
		asset.setKind(inspected.kind());
		asset.setState(AssetState.PENDING);
		asset.setOriginalFilename(FileNames.clean(filename));
		asset.setContentType(inspected.contentType());
		asset.setSize(inspected.size());
		asset.setSha256(inspected.sha256());
		asset.setWidth(inspected.width());
		asset.setHeight(inspected.height());
		asset.setObjectKey(storeOnce(inspected));
		asset.setCreatedBy(principal.username());
		asset.setCreatedAt(now);
		this.transactions.executeWithoutResult(status -> {
			this.assets.insert(asset);
			replaceTags(asset, cleaned.tags());
		});
		return asset;
	}

	/** The request's site's resources matching every given criterion, newest first. */
	Page<Asset> search(GovsitePrincipal principal, LibrarySearch search) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), READERS);
		LambdaQueryWrapper<Asset> query = new LambdaQueryWrapper<Asset>()
			.like(search.q() != null && !search.q().isBlank(), Asset::getTitle, strip(search.q()))
			.eq(search.kind() != null, Asset::getKind, search.kind())
			.eq(search.state() != null, Asset::getState, search.state())
			.eq(search.category() != null && !search.category().isBlank(), Asset::getCategory, strip(search.category()))
			.ge(search.createdFrom() != null, Asset::getCreatedAt,
					(search.createdFrom() != null) ? search.createdFrom().atStartOfDay(CHINA).toInstant() : null)
			.lt(search.createdTo() != null, Asset::getCreatedAt,
					(search.createdTo() != null) ? search.createdTo().plusDays(1).atStartOfDay(CHINA).toInstant()
							: null)
			.orderByDesc(Asset::getId);
		if (search.tag() != null && !search.tag().isBlank()) {
			query.apply("id IN (SELECT asset_id FROM asset_tag WHERE tag = {0})", search.tag().strip());
		}
		return this.assets.selectPage(new Page<>(search.pageOrFirst(), search.sizeOrDefault()), query);
	}

	List<String> tagsOf(Asset asset) {
		return this.tags
			.selectList(new LambdaQueryWrapper<AssetTag>().eq(AssetTag::getAssetId, asset.getId())
				.orderByAsc(AssetTag::getTag))
			.stream()
			.map(AssetTag::getTag)
			.toList();
	}

	Asset updateMetadata(GovsitePrincipal principal, long id, AssetMetadata metadata) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), WRITERS);
		Asset asset = own(id);
		if (!asset.getState().editable()) {
			throw new GovsiteException(ProblemType.INVALID_STATE,
					Message.of("资源已退役，登记信息不能再修改", "A retired resource's metadata can no longer change"));
		}
		AssetMetadata cleaned = clean(metadata);
		if (asset.getState() == AssetState.REGISTERED) {
			// A registered resource stays fully described: no edit may undo registration.
			requireComplete(asset.getKind(), cleaned);
		}
		asset.apply(cleaned);
		this.transactions.executeWithoutResult(status -> {
			this.assets.updateById(asset);
			replaceTags(asset, cleaned.tags());
		});
		return asset;
	}

	Asset register(GovsitePrincipal principal, long id) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), WRITERS);
		Asset asset = own(id);
		AssetState from = asset.getState();
		AssetState to = AssetTransition.REGISTER.apply(from);
		requireComplete(asset.getKind(), asset.metadata(tagsOf(asset)));
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
		move(asset, from, to, new LambdaUpdateWrapper<Asset>().set(Asset::getRegisteredBy, principal.username())
			.set(Asset::getRegisteredAt, now));
		asset.setRegisteredBy(principal.username());
		asset.setRegisteredAt(now);
		this.registrationListeners.forEach(listener -> listener.registered(asset));
		return asset;
	}

	Asset retire(GovsitePrincipal principal, long id, String reason) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), Role.SITE_ADMIN);
		Asset asset = own(id);
		AssetState from = asset.getState();
		AssetState to = AssetTransition.RETIRE.apply(from);
		this.retirementChecks.forEach(check -> check.beforeRetire(asset));
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
		move(asset, from, to,
				new LambdaUpdateWrapper<Asset>().set(Asset::getRetiredBy, principal.username())
					.set(Asset::getRetiredAt, now)
					.set(Asset::getRetireReason, reason.strip()));
		asset.setRetiredBy(principal.username());
		asset.setRetiredAt(now);
		asset.setRetireReason(reason.strip());
		return asset;
	}

	/** The asset's bytes, opened for streaming; the caller closes them. */
	public InputStream open(Asset asset) {
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

	private Asset own(long id) {
		return this.reader.owned(id);
	}

	/** Writes the move only if the state is still the one read: a lost race is a 409. */
	private void move(Asset asset, AssetState from, AssetState to, LambdaUpdateWrapper<Asset> extra) {
		int changed = this.assets.update(null,
				extra.set(Asset::getState, to).eq(Asset::getId, asset.getId()).eq(Asset::getState, from));
		if (changed != 1) {
			throw new GovsiteException(ProblemType.INVALID_STATE,
					Message.of("资源状态已被他人修改，请刷新后重试", "The resource's state changed meanwhile; reload and retry"));
		}
		asset.setState(to);
	}

	private static void requireComplete(cn.govsite.asset.inspection.FileKind kind, AssetMetadata metadata) {
		List<FieldViolation> missing = metadata.missingForRegistration(kind, LocalDate.now(CHINA));
		if (!missing.isEmpty()) {
			throw new GovsiteException(METADATA_INCOMPLETE, Message.of("登记信息不完整，缺少 " + missing.size() + " 项",
					missing.size() + " registration field(s) missing or invalid"), missing);
		}
	}

	private static AssetMetadata clean(AssetMetadata m) {
		return new AssetMetadata(strip(m.title()), m.sourceType(), strip(m.sourceName()), strip(m.rightsHolder()),
				strip(m.licence()), m.rightsExpireOn(), strip(m.category()), m.tags(), strip(m.altText()));
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private void replaceTags(Asset asset, List<String> wanted) {
		this.tags.delete(new LambdaQueryWrapper<AssetTag>().eq(AssetTag::getAssetId, asset.getId()));
		for (String tag : new LinkedHashSet<>(wanted.stream().map(String::strip).filter(t -> !t.isEmpty()).toList())) {
			this.tags.insert(new AssetTag(asset.getId(), asset.getSiteId(), tag));
		}
	}

	/**
	 * Stores the inspected bytes unless some resource of any site already holds the same
	 * hash; returns the key they are under.
	 */
	private String storeOnce(Inspected inspected) {
		Asset existing = TenantContext.callPlatformWide(() -> this.assets
			.selectOne(new LambdaQueryWrapper<Asset>().eq(Asset::getSha256, inspected.sha256()).last("LIMIT 1")));
		if (existing != null) {
			return existing.getObjectKey();
		}
		String key = ObjectKeys.forContent(inspected.sha256());
		try (InputStream in = inspected.content().open()) {
			if (!this.bucketReady.get()) {
				this.storage.ensureBucket(this.bucket);
				this.bucketReady.set(true);
			}
			this.storage.put(this.bucket, key, in, inspected.size(), inspected.contentType());
		}
		catch (IOException ex) {
			throw new GovsiteException(ProblemType.MALFORMED_REQUEST,
					Message.of("上传的文件无法读取", "The uploaded file could not be read"));
		}
		catch (RuntimeException ex) {
			throw unavailable(ex);
		}
		return key;
	}

	private static UploadSource source(MultipartFile file) {
		return new UploadSource() {
			@Override
			public InputStream open() throws IOException {
				return file.getInputStream();
			}

			@Override
			public long size() {
				return file.getSize();
			}
		};
	}

	static GovsiteException unavailable(RuntimeException ex) {
		log.warn("Object storage failed: {}", ex.toString());
		return new GovsiteException(ProblemType.SERVICE_UNAVAILABLE,
				Message.of("文件存储暂时不可用，请稍后再试", "File storage is unavailable; try again later"));
	}

}
