package cn.govsite.asset.inspection;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * 入库检查 — decides whether an upload may enter the library, from its bytes. The type comes
 * from the content with Apache Tika; the name may only narrow a type the content already
 * proves (a ZIP named {@code .docx} is a Word file, bytes named {@code .jpg} are not a
 * picture). Then the kind's allowlist and size limit, the name's extension against the
 * type, and per kind the checks for hostile content: images are re-encoded, archives and
 * XML checked for bombs. Plain Java, no Spring, so every case is unit-testable.
 */
public class FileInspector {

	private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

	private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

	private final Tika tika = new Tika();

	private final InspectionProperties properties;

	private final ImageSanitiser images;

	private final ArchiveGuard archives;

	public FileInspector(InspectionProperties properties) {
		this.properties = properties;
		this.images = new ImageSanitiser(properties.maxImagePixels());
		this.archives = new ArchiveGuard(properties);
	}

	/** Inspects the upload; refuses it with a typed problem, or says what to store. */
	public Inspected inspect(String rawFilename, UploadSource upload) {
		String name = checkName(rawFilename);
		if (upload.size() == 0) {
			throw GovsiteException.invalid("file", Message.of("文件为空", "The file is empty"));
		}
		MediaType type = detect(name, upload);
		FileKind kind = kindOf(type);
		checkExtension(name, type);
		long limit = this.properties.maxSize(kind).toBytes();
		if (upload.size() > limit) {
			throw UploadRefusal.of(UploadRefusal.TOO_LARGE,
					"文件大小 " + upload.size() + " 字节，超过" + kindZh(kind) + "的上限 " + limit + " 字节",
					"The file has " + upload.size() + " bytes, over the " + kind.name().toLowerCase(Locale.ROOT)
							+ " limit of " + limit + " bytes");
		}
		try {
			return switch (kind) {
				case IMAGE -> this.images.sanitise(type.toString(), upload);
				default -> {
					if (isZip(type)) {
						this.archives.check(upload);
					}
					if (isXml(type)) {
						XmlGuard.check(upload);
					}
					yield new Inspected(kind, withCharset(type, upload), extensionOf(type), upload, sha256(upload), 0,
							0);
				}
			};
		}
		catch (IOException ex) {
			throw new GovsiteException(ProblemType.MALFORMED_REQUEST,
					Message.of("上传的文件无法读取", "The uploaded file could not be read"));
		}
	}

	/**
	 * The name without its path; refused when it hides anything (NUL bytes, controls).
	 */
	private static String checkName(String raw) {
		if (raw == null || raw.isBlank()) {
			throw UploadRefusal.of(UploadRefusal.NAME_MISMATCH, "文件缺少文件名", "The file has no name");
		}
		if (raw.codePoints().anyMatch(Character::isISOControl)) {
			// "shell.php\0.jpg": a name that reads one way in Java and another in C.
			throw UploadRefusal.of(UploadRefusal.NAME_MISMATCH, "文件名含有空字符或控制字符",
					"The file name contains a NUL byte or control characters");
		}
		return raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
	}

	private MediaType detect(String name, UploadSource upload) {
		MediaType byContent;
		MediaType withName;
		try (InputStream in = new BufferedInputStream(upload.open())) {
			byContent = MediaType.parse(this.tika.detect(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (InputStream in = new BufferedInputStream(upload.open())) {
			withName = MediaType.parse(this.tika.detect(in, name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (byContent == null || MediaType.OCTET_STREAM.equals(byContent)) {
			throw UploadRefusal.of(UploadRefusal.TYPE_NOT_ALLOWED, "无法从文件内容识别文件类型（与扩展名无关）",
					"The file type cannot be recognised from its content (the extension does not count)");
		}
		// The name may narrow what the content proves (zip → docx, text → csv), never
		// replace it: Tika falls back to the name alone when the bytes say nothing.
		// A plain ZIP stays a ZIP: Tika's magic already recognises the Office containers
		// (their first entry), so a name alone must not turn any archive into a document.
		boolean narrows = withName != null && !MediaType.APPLICATION_ZIP.equals(byContent)
				&& (withName.equals(byContent) || REGISTRY.isSpecializationOf(withName, byContent));
		return narrows ? withName : byContent;
	}

	private FileKind kindOf(MediaType type) {
		String base = type.getBaseType().toString();
		for (FileKind kind : FileKind.values()) {
			if (this.properties.types(kind).contains(base)) {
				return kind;
			}
		}
		if (base.equals("image/svg+xml")) {
			throw UploadRefusal.of(UploadRefusal.TYPE_NOT_ALLOWED, "不接受 SVG 图片（可能含有脚本），请转换为 PNG 或 JPEG 后上传",
					"SVG images are not accepted (they can carry script); convert to PNG or JPEG");
		}
		throw UploadRefusal.of(UploadRefusal.TYPE_NOT_ALLOWED, "文件内容为 " + base + "，不在资源库允许的类型之内",
				"The content is " + base + ", which the library does not accept");
	}

	private static void checkExtension(String name, MediaType type) {
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0) ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
		List<String> allowed = extensions(type);
		if (!allowed.contains(extension)) {
			throw UploadRefusal.of(UploadRefusal.NAME_MISMATCH,
					"扩展名「" + extension + "」与文件内容（" + type.getBaseType() + "）不符，应为 " + String.join(" ", allowed),
					"The extension \"" + extension + "\" does not match the content (" + type.getBaseType()
							+ "); expected one of " + String.join(" ", allowed));
		}
	}

	static List<String> extensions(MediaType type) {
		try {
			MimeType mime = TYPES.forName(type.getBaseType().toString());
			return mime.getExtensions().stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
		}
		catch (MimeTypeException ex) {
			return List.of();
		}
	}

	static String extensionOf(MediaType type) {
		List<String> all = extensions(type);
		return all.isEmpty() ? "" : all.get(0);
	}

	/**
	 * Text is served with its charset, so Chinese reads right: UTF-8 when every byte
	 * decodes as UTF-8, else GB18030 (what Chinese office software writes).
	 */
	private static String withCharset(MediaType type, UploadSource upload) throws IOException {
		if (!type.getType().equals("text")) {
			return type.getBaseType().toString();
		}
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Reader reader = new InputStreamReader(upload.open(), utf8)) {
			char[] buffer = new char[8192];
			while (reader.read(buffer) >= 0) {
				// decoding is the check
			}
			return type.getBaseType() + ";charset=UTF-8";
		}
		catch (CharacterCodingException ex) {
			return type.getBaseType() + ";charset=GB18030";
		}
	}

	private static boolean isZip(MediaType type) {
		return REGISTRY.isInstanceOf(type, MediaType.APPLICATION_ZIP);
	}

	private static boolean isXml(MediaType type) {
		return REGISTRY.isInstanceOf(type, MediaType.APPLICATION_XML);
	}

	private static String kindZh(FileKind kind) {
		return switch (kind) {
			case IMAGE -> "图片";
			case VIDEO -> "视频";
			case AUDIO -> "音频";
			case DOCUMENT -> "文档";
			case DATA -> "数据";
		};
	}

	static String sha256(UploadSource upload) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
		try (InputStream in = new DigestInputStream(upload.open(), digest)) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
