package cn.govsite.asset.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * ZIP containers (data archives and the Office formats, which are ZIPs of XML) are
 * inflated once, counting the bytes that actually come out — never trusting the sizes the
 * archive declares — and refused as a bomb when they expand too far or too steeply, hold
 * too many entries, nest another archive, or carry a DTD in an XML part (entity
 * expansion).
 */
final class ArchiveGuard {

	private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

	private final long maxExpanded;

	private final int maxRatio;

	private final long ratioFloor;

	private final int maxEntries;

	ArchiveGuard(InspectionProperties properties) {
		this.maxExpanded = properties.maxExpandedSize().toBytes();
		this.maxRatio = properties.maxCompressionRatio();
		this.ratioFloor = properties.ratioFloor().toBytes();
		this.maxEntries = properties.maxArchiveEntries();
	}

	void check(UploadSource upload) throws IOException {
		long expanded = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(upload.open(), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > this.maxEntries) {
					throw bomb("压缩包条目超过 " + this.maxEntries + " 个", "more than " + this.maxEntries + " entries");
				}
				String name = entry.getName().toLowerCase(Locale.ROOT);
				if (name.endsWith(".zip") || name.endsWith(".rar") || name.endsWith(".7z") || name.endsWith(".gz")
						|| name.endsWith(".jar")) {
					throw bomb("压缩包中嵌套了压缩包", "an archive nested in the archive");
				}
				boolean xml = name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".svg");
				Marker doctype = xml ? new Marker(DOCTYPE) : null;
				int read;
				while ((read = zip.read(buffer)) > 0) {
					expanded += read;
					if (expanded > this.maxExpanded) {
						throw bomb("解压后超过 " + this.maxExpanded + " 字节", "expands past " + this.maxExpanded + " bytes");
					}
					if (expanded > this.ratioFloor && expanded > (long) this.maxRatio * upload.size()) {
						throw bomb("压缩比超过 " + this.maxRatio + ":1", "a compression ratio over " + this.maxRatio + ":1");
					}
					if (doctype != null && doctype.feed(buffer, read)) {
						throw bomb("压缩包内的 XML 含有文档类型定义（DTD）", "an XML part with a DTD");
					}
				}
			}
		}
		catch (ZipException ex) {
			throw UploadRefusal.of(UploadRefusal.UNSAFE, "压缩文件已损坏或格式不正确", "The archive is damaged or malformed");
		}
		if (entries == 0) {
			throw UploadRefusal.of(UploadRefusal.UNSAFE, "压缩文件没有可读的条目", "The archive has no readable entries");
		}
	}

	private static cn.govsite.common.error.GovsiteException bomb(String zh, String en) {
		return UploadRefusal.of(UploadRefusal.UNSAFE, "疑似压缩炸弹：" + zh, "Looks like an archive bomb: " + en);
	}

	/** Finds a byte sequence across buffer boundaries (case-insensitive ASCII). */
	static final class Marker {

		private final byte[] needle;

		private int matched;

		Marker(byte[] needle) {
			this.needle = needle;
		}

		boolean feed(byte[] buffer, int length) {
			for (int i = 0; i < length; i++) {
				byte b = (byte) Character.toUpperCase((char) (buffer[i] & 0xff));
				if (b == this.needle[this.matched]) {
					if (++this.matched == this.needle.length) {
						return true;
					}
				}
				else {
					this.matched = (b == this.needle[0]) ? 1 : 0;
				}
			}
			return false;
		}

	}

}
