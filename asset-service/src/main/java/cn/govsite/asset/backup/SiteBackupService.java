package cn.govsite.asset.backup;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.backup.BackupPart;
import cn.govsite.common.backup.BackupPart.StoredFile;
import cn.govsite.common.backup.BackupPart.TableRows;
import cn.govsite.common.backup.BackupProblems;
import cn.govsite.common.backup.BackupZip;
import cn.govsite.common.backup.SiteTables;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * 站点备份与恢复 (asset-service's part): the site's library records (assets, tags, grants,
 * platform shares and their audit, usages) and the stored files themselves, each with its
 * SHA-256. Image variants are a cache made again on demand and stay out. A restore checks
 * every file against its checksum before writing; files are put after the rows, inside
 * the transaction, and removed again when it rolls back.
 */
@Service
public class SiteBackupService {

	static final String PART = "asset";

	private final SiteTables tables;

	private final ObjectStorage storage;

	private final String bucket;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	SiteBackupService(JdbcTemplate jdbc, ObjectStorage storage, StorageProperties properties, JsonMapper json,
			TransactionTemplate transactions) {
		this.tables = new SiteTables(jdbc, null, Set.of(), Set.of());
		this.storage = storage;
		this.bucket = properties.bucket("assets");
		this.json = json;
		this.transactions = transactions;
	}

	/** The current site's part, files included. */
	public byte[] export(GovsitePrincipal by) {
		SiteAccess.requirePlatformAdmin(by);
		SiteRef site = TenantContext.require();
		List<TableRows> rows = this.tables.export(site.id());
		Map<String, byte[]> entries = new LinkedHashMap<>();
		List<StoredFile> files = new ArrayList<>();
		for (Map<String, Object> asset : assets(rows)) {
			String key = (String) asset.get("object_key");
			ObjectStorage.StoredObject object = this.storage.get(this.bucket, key)
				.orElseThrow(() -> new IllegalStateException("The stored file " + key + " is missing"));
			files.add(new StoredFile(key, object.contentType(), object.content().length, sha256(object.content())));
			entries.put(BackupPart.objectEntry(PART, key), object.content());
		}
		BackupPart part = BackupPart.of(PART, site.id(), site.code(), rows, files);
		Map<String, byte[]> archive = new LinkedHashMap<>();
		archive.put(BackupPart.dataEntry(PART), this.json.writeValueAsBytes(part));
		archive.putAll(entries);
		return BackupZip.write(archive);
	}

	public Restored restore(InputStream body, GovsitePrincipal by) {
		SiteAccess.requirePlatformAdmin(by);
		Map<String, byte[]> archive = BackupZip.read(body, PART, BackupZip.MAX_UNPACKED);
		BackupPart part = BackupPart.read(archive, PART, this.json);
		this.tables.validate(part.siteId(), part.tables());
		Map<String, StoredFile> files = checkedFiles(part, archive);
		List<String> put = new ArrayList<>();
		try {
			Map<String, Integer> rows = this.transactions.execute(status -> {
				if (this.tables.holdsSite(part.siteId())) {
					throw BackupProblems.conflict("站点 " + part.siteCode() + " 的资源库已在本平台，未写入任何数据", "The library of site "
							+ part.siteCode() + " is already on this platform; nothing was written");
				}
				Map<String, Integer> written = this.tables.restore(part.tables());
				this.storage.ensureBucket(this.bucket);
				for (StoredFile file : files.values()) {
					this.storage.put(this.bucket, file.key(), archive.get(BackupPart.objectEntry(PART, file.key())),
							file.contentType());
					put.add(file.key());
				}
				return written;
			});
			return new Restored(part.siteId(), part.siteCode(), rows, put.size());
		}
		catch (RuntimeException ex) {
			put.forEach(key -> this.storage.delete(this.bucket, key));
			if (ex instanceof DuplicateKeyException) {
				throw BackupProblems.conflict("备份中的编号或文件已被本平台的其他站点使用，未写入任何数据",
						"Ids or files in the archive are used by another site here; nothing was written");
			}
			throw ex;
		}
	}

	/**
	 * Every asset's file must be in the archive, whole: listed, present, same checksum.
	 */
	private static Map<String, StoredFile> checkedFiles(BackupPart part, Map<String, byte[]> archive) {
		Map<String, StoredFile> listed = new LinkedHashMap<>();
		part.objects().forEach(file -> listed.put(file.key(), file));
		Set<String> needed = new HashSet<>();
		for (Map<String, Object> asset : assets(part.tables())) {
			needed.add(String.valueOf(asset.get("object_key")));
		}
		if (!listed.keySet().equals(needed)) {
			throw BackupProblems.invalid("备份中的文件清单与资源记录不符", "The archive's file list does not match its assets");
		}
		for (StoredFile file : listed.values()) {
			byte[] bytes = archive.get(BackupPart.objectEntry(PART, file.key()));
			if (bytes == null || bytes.length != file.size() || !sha256(bytes).equals(file.sha256())) {
				throw BackupProblems.invalid("备份中的文件缺失或已损坏：" + file.key(),
						"A file of the archive is missing or damaged: " + file.key());
			}
		}
		return listed;
	}

	private static List<Map<String, Object>> assets(List<TableRows> tables) {
		List<Map<String, Object>> assets = new ArrayList<>();
		for (TableRows table : tables) {
			if (table.table().equals("asset")) {
				for (List<Object> row : table.rows()) {
					Map<String, Object> named = new LinkedHashMap<>();
					for (int i = 0; i < table.columns().size(); i++) {
						named.put(table.columns().get(i), row.get(i));
					}
					assets.add(named);
				}
			}
		}
		return assets;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What a restore wrote. */
	public record Restored(long siteId, String code, Map<String, Integer> rows, int files) {

	}

}
