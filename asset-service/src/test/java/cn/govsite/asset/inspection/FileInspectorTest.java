package cn.govsite.asset.inspection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The OWASP file-upload cases, each with a real file made here, and what passes. */
class FileInspectorTest {

	private final FileInspector inspector = new FileInspector(InspectionProperties.defaults());

	@Test
	void aJpegIsReEncodedWithoutItsExifGpsBlock() throws IOException {
		byte[] photo = Fixtures.jpegWithGps(64, 48);
		assertThat(contains(photo, Fixtures.GPS_MARKER.getBytes(StandardCharsets.US_ASCII))).isTrue();
		assertThat(contains(photo, "Exif".getBytes(StandardCharsets.US_ASCII))).isTrue();
		assertThat(ImageIO.read(new ByteArrayInputStream(photo))).as("the fixture is a readable JPEG").isNotNull();

		Inspected inspected = this.inspector.inspect("现场照片.JPG", UploadSource.of(photo));

		byte[] stored = bytes(inspected.content());
		assertThat(inspected.kind()).isEqualTo(FileKind.IMAGE);
		assertThat(inspected.contentType()).isEqualTo("image/jpeg");
		assertThat(inspected.width()).isEqualTo(64);
		assertThat(inspected.height()).isEqualTo(48);
		assertThat(contains(stored, Fixtures.GPS_MARKER.getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(contains(stored, "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(64);
		assertThat(inspected.sha256()).isEqualTo(FileInspector.sha256(UploadSource.of(stored)));
	}

	@Test
	void aPngAndAGifAreStoredAsFreshPngs() throws IOException {
		Inspected png = this.inspector.inspect("图.png", UploadSource.of(Fixtures.png(20, 10)));
		assertThat(png.contentType()).isEqualTo("image/png");
		assertThat(png.extension()).isEqualTo(".png");
		Inspected gif = this.inspector.inspect("动图.gif", UploadSource.of(Fixtures.gif(20, 10)));
		assertThat(gif.contentType()).isEqualTo("image/png");
		assertThat(formatOf(bytes(gif.content()))).isEqualTo("png");
	}

	@Test
	void aPolyglotImageIsRefused() {
		byte[] polyglot = Fixtures.concat(Fixtures.jpeg(16, 16),
				"<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII));
		refused("photo.jpg", polyglot, UploadRefusal.UNSAFE, "多格式伪装");
		byte[] gifWithHtml = Fixtures.concat(Fixtures.gif(8, 8),
				"<html><SCRIPT>alert(1)</SCRIPT></html>".getBytes(StandardCharsets.US_ASCII));
		refused("a.gif", gifWithHtml, UploadRefusal.UNSAFE, "脚本");
	}

	@Test
	void aRenamedExecutableIsRefusedWhateverItsName() {
		refused("photo.jpg", Fixtures.windowsExecutable(), UploadRefusal.TYPE_NOT_ALLOWED, "application/x-msdownload");
		refused("report.pdf", Fixtures.windowsExecutable(), UploadRefusal.TYPE_NOT_ALLOWED, "application/x-msdownload");
	}

	@Test
	void doubleExtensionsAreRefused() {
		// real picture bytes, but a name a web server might run
		refused("photo.jpg.php", Fixtures.jpeg(8, 8), UploadRefusal.NAME_MISMATCH, ".php");
		// real executable bytes behind a harmless-looking first extension
		refused("invoice.pdf.exe", Fixtures.windowsExecutable(), UploadRefusal.TYPE_NOT_ALLOWED, "x-msdownload");
		// script text named as a picture
		refused("shell.php.jpg", "<?php echo 1; ?>".getBytes(StandardCharsets.US_ASCII), UploadRefusal.TYPE_NOT_ALLOWED,
				"x-php");
	}

	@Test
	void aNullByteInTheNameIsRefused() {
		refused("shell.php\0.jpg", Fixtures.jpeg(8, 8), UploadRefusal.NAME_MISMATCH, "空字符");
	}

	@Test
	void wrongMagicBytesAreRefused() {
		// bytes nobody recognises, named as a picture: the name does not make it one
		byte[] noise = new byte[512];
		new java.util.Random(7).nextBytes(noise);
		noise[0] = 0x13;
		refused("photo.png", noise, UploadRefusal.TYPE_NOT_ALLOWED, "无法从文件内容识别");
		// a PNG signature in front of garbage: the type fits, the picture does not decode
		byte[] fake = Fixtures.concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, noise);
		refused("photo.png", fake, UploadRefusal.UNSAFE, "无法解码");
	}

	@Test
	void svgIsRefused() {
		refused("logo.svg", Fixtures.svgWithScript(), UploadRefusal.TYPE_NOT_ALLOWED, "SVG");
		refused("logo.png", Fixtures.svgWithScript(), UploadRefusal.TYPE_NOT_ALLOWED, "SVG");
	}

	@Test
	void aZipBombIsRefused() {
		byte[] bomb = Fixtures.zipBomb(20);
		assertThat(bomb.length).isLessThan(100_000);
		refused("数据.zip", bomb, UploadRefusal.UNSAFE, "压缩炸弹");
	}

	@Test
	void aZipPastTheExpansionLimitIsRefusedEvenAtAModestRatio() {
		FileInspector strict = new FileInspector(new InspectionProperties(Map.of(), 40_000_000,
				DataSize.ofKilobytes(64), 100, DataSize.ofMegabytes(1), 10_000));
		byte[] text = "甲,乙,丙\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(
				() -> strict.inspect("数据.zip", UploadSource.of(Fixtures.zip(new Fixtures.Entry("a.csv", text)))))
			.isInstanceOfSatisfying(GovsiteException.class,
					ex -> assertThat(ex.detail().en()).contains("expands past"));
	}

	@Test
	void anArchiveInAnArchiveIsRefused() {
		byte[] inner = Fixtures.zip(new Fixtures.Entry("a.csv", "a,b\n".getBytes(StandardCharsets.UTF_8)));
		refused("data.zip", Fixtures.zip(new Fixtures.Entry("inner.zip", inner)), UploadRefusal.UNSAFE, "嵌套");
	}

	@Test
	void anXmlBombIsRefused() {
		refused("统计.xml", Fixtures.billionLaughs(), UploadRefusal.UNSAFE, "DTD");
		refused("data.xml", "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"file:///etc/passwd\"><x/>"
			.getBytes(StandardCharsets.UTF_8), UploadRefusal.UNSAFE, "DTD");
	}

	@Test
	void anOfficeFileWithAnEntityBombInsideIsRefused() {
		String bomb = new String(Fixtures.billionLaughs(), StandardCharsets.UTF_8);
		refused("通知.docx", Fixtures.docx(bomb), UploadRefusal.UNSAFE, "DTD");
	}

	@Test
	void anOversizedFileIsRefusedByItsKindsLimit() {
		FileInspector small = new FileInspector(new InspectionProperties(
				Map.of(FileKind.IMAGE, new InspectionProperties.KindRule(null, DataSize.ofKilobytes(1))), 40_000_000,
				DataSize.ofMegabytes(200), 100, DataSize.ofMegabytes(1), 10_000));
		byte[] picture = Fixtures.jpeg(200, 200);
		assertThat(picture.length).isGreaterThan(1024);
		assertThatThrownBy(() -> small.inspect("大图.jpg", UploadSource.of(picture)))
			.isInstanceOfSatisfying(GovsiteException.class, ex -> {
				assertThat(ex.type()).isEqualTo(UploadRefusal.TOO_LARGE);
				assertThat(ex.type().status().value()).isEqualTo(413);
			});
		// documents keep their own, larger default
		assertThat(small.inspect("a.txt", UploadSource.of("x".repeat(2048).getBytes(StandardCharsets.US_ASCII))).kind())
			.isEqualTo(FileKind.DOCUMENT);
	}

	@Test
	void aPictureClaimingTooManyPixelsIsRefusedBeforeDecoding() {
		refused("bomb.png", Fixtures.pngClaiming(100_000, 100_000), UploadRefusal.UNSAFE, "超过上限");
	}

	@Test
	void documentsAndDataPassWithTheTypeTheContentProves() throws IOException {
		Inspected docx = this.inspector.inspect("通知.docx", UploadSource.of(Fixtures.docx("<w:document/>")));
		assertThat(docx.kind()).isEqualTo(FileKind.DOCUMENT);
		assertThat(docx.contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		Inspected csv = this.inspector.inspect("统计.csv",
				UploadSource.of("名称,数量\n甲,1\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(csv.kind()).isEqualTo(FileKind.DATA);
		assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
		// mostly ASCII with a little GB18030 (Tika does not take text that is neither
		// mostly ASCII nor UTF-8: such files are refused as unrecognised)
		Inspected gbk = this.inspector.inspect("说明.txt",
				UploadSource.of(("Annual report 2026, section 1: " + "x".repeat(200) + " 政府信息公开").getBytes("GB18030")));
		assertThat(gbk.contentType()).isEqualTo("text/plain;charset=GB18030");
		Inspected xml = this.inspector.inspect("data.xml",
				UploadSource.of("<?xml version=\"1.0\"?><rows><row>1</row></rows>".getBytes(StandardCharsets.UTF_8)));
		assertThat(xml.kind()).isEqualTo(FileKind.DATA);
		Inspected pdf = this.inspector.inspect("报告.PDF",
				UploadSource.of("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		// a ZIP is not a Word file because of its name
		refused("通知.docx", Fixtures.zip(new Fixtures.Entry("a.csv", new byte[] { 'a' })), UploadRefusal.NAME_MISMATCH,
				".docx");
	}

	@Test
	void htmlAndScriptsAreNotResources() {
		refused("页面.html", "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8),
				UploadRefusal.TYPE_NOT_ALLOWED, "text/html");
		refused("notes.txt", "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8),
				UploadRefusal.TYPE_NOT_ALLOWED, "text/html");
	}

	@Test
	void anEmptyFileIsInvalid() {
		refused("a.txt", new byte[0], ProblemType.VALIDATION, "文件为空");
	}

	private void refused(String name, byte[] content, ProblemType type, String detailPart) {
		assertThatThrownBy(() -> this.inspector.inspect(name, UploadSource.of(content)))
			.isInstanceOfSatisfying(GovsiteException.class, ex -> {
				assertThat(ex.type()).as(ex.getMessage()).isEqualTo(type);
				String detail = ex.detail().zh() + " " + ex.detail().en() + " "
						+ ex.violations().stream().map(v -> v.message().zh()).toList();
				assertThat(detail).contains(detailPart);
				assertThat(ex.detail().en()).isNotBlank();
			});
	}

	private static byte[] bytes(UploadSource source) throws IOException {
		try (InputStream in = source.open()) {
			return in.readAllBytes();
		}
	}

	private static String formatOf(byte[] image) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
			ImageReader reader = ImageIO.getImageReaders(in).next();
			return reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
		}
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
