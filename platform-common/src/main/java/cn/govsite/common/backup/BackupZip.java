package cn.govsite.common.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The zip container of a site backup. Reading goes through {@link ZipFile} (the central
 * directory at the end must be there, so a truncated upload is refused whatever the cut)
 * and checks every entry's CRC; the unpacked size is bounded against zip bombs.
 */
public final class BackupZip {

	/** What a restore unpacks at most, every entry counted. */
	public static final long MAX_UNPACKED = 8L * 1024 * 1024 * 1024;

	private BackupZip() {
	}

	/**
	 * Reads the entries of one service's part ({@code {service}/...}) of the archive in
	 * the stream, refusing a damaged archive (400). Other services' entries are skipped
	 * unread, so the whole archive may be sent to every service.
	 */
	public static Map<String, byte[]> read(InputStream body, String service, long maxBytes) {
		Path file = null;
		try {
			file = Files.createTempFile("govsite-restore", ".zip");
			Files.copy(body, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			return entries(file, service + "/", maxBytes);
		}
		catch (ZipException | java.io.EOFException ex) {
			throw BackupProblems.invalid("备份文件已损坏或不完整：" + ex.getMessage(),
					"The archive is damaged or truncated: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// a temp file left behind is harmless
				}
			}
		}
	}

	private static Map<String, byte[]> entries(Path file, String prefix, long maxBytes) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		long total = 0;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				if (entry.isDirectory()) {
					continue;
				}
				// Every entry is read and its CRC checked, the other services' too: a
				// damaged
				// archive is refused by every service alike.
				boolean kept = entry.getName().startsWith(prefix);
				ByteArrayOutputStream bytes = kept ? new ByteArrayOutputStream() : null;
				CRC32 crc = new CRC32();
				try (InputStream in = zip.getInputStream(entry)) {
					byte[] buffer = new byte[64 * 1024];
					for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
						total += read;
						if (total > maxBytes) {
							throw BackupProblems.invalid("备份文件解压后超过上限 " + maxBytes + " 字节",
									"The archive unpacks to more than " + maxBytes + " bytes");
						}
						crc.update(buffer, 0, read);
						if (kept) {
							bytes.write(buffer, 0, read);
						}
					}
				}
				if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
					throw new ZipException("invalid CRC of entry " + entry.getName());
				}
				if (kept) {
					entries.put(entry.getName(), bytes.toByteArray());
				}
			}
		}
		return entries;
	}

	/** Writes the entries, in order, as a zip. */
	public static byte[] write(Map<String, byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
