package cn.govsite.asset.inspection;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Real files for the upload tests, made in the test: pictures with ImageIO, EXIF built
 * byte by byte as the TIFF/EXIF specification lays it out, archives with java.util.zip.
 */
public final class Fixtures {

	/** The latitude written into the GPS block, as its ASCII reference and a marker. */
	public static final String GPS_MARKER = "GPSMARK-30N-120E";

	private Fixtures() {
	}

	public static byte[] jpeg(int width, int height) {
		return image("jpeg", width, height, BufferedImage.TYPE_INT_RGB);
	}

	public static byte[] png(int width, int height) {
		return image("png", width, height, BufferedImage.TYPE_INT_ARGB);
	}

	public static byte[] gif(int width, int height) {
		return image("gif", width, height, BufferedImage.TYPE_INT_RGB);
	}

	private static byte[] image(String format, int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x1f, 0x6f, 0xb5));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.RED);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A JPEG of random pixels: barely compressible, so large for its size. */
	public static byte[] noiseJpeg(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		java.util.Random random = new java.util.Random(42);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A JPEG with an APP1 EXIF segment right after SOI whose IFD0 points to a GPS IFD
	 * (tag 0x8825) holding GPSLatitudeRef "N" and a GPSProcessingMethod with
	 * {@link #GPS_MARKER}, as a phone writes where a photo was taken.
	 */
	public static byte[] jpegWithGps(int width, int height) {
		byte[] plain = jpeg(width, height);
		ByteBuffer tiff = ByteBuffer.allocate(128);
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		// IFD0 at 8: one entry, GPSInfo → offset 26
		tiff.putShort((short) 1);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
		tiff.putInt(0);
		// GPS IFD at 26: two entries
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		byte[] marker = GPS_MARKER.getBytes(StandardCharsets.US_ASCII);
		tiff.putShort((short) 0x001B).putShort((short) 7).putInt(marker.length).putInt(56);
		tiff.putInt(0);
		tiff.position(56);
		tiff.put(marker);
		byte[] tiffBytes = new byte[tiff.position()];
		tiff.flip();
		tiff.get(tiffBytes);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xFF);
		out.write(0xD8);
		out.write(0xFF);
		out.write(0xE1);
		int length = 2 + 6 + tiffBytes.length;
		out.write(length >> 8);
		out.write(length & 0xff);
		out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(tiffBytes);
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	/** A PNG whose header claims {@code width × height} pixels, with almost no data. */
	public static byte[] pngClaiming(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteBuffer ihdr = ByteBuffer.allocate(13)
			.putInt(width)
			.putInt(height)
			.put((byte) 8)
			.put((byte) 2)
			.put((byte) 0)
			.put((byte) 0)
			.put((byte) 0);
		chunk(out, "IHDR", ihdr.array());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/** The start of a Windows executable: DOS header, stub, PE signature. */
	public static byte[] windowsExecutable() {
		byte[] exe = new byte[256];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, exe, 0x4e, stub.length);
		return exe;
	}

	public static byte[] zip(Entry... entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Entry entry : entries) {
				zip.putNextEntry(new ZipEntry(entry.name()));
				zip.write(entry.content());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A ZIP with one entry of {@code megabytes} of zeros: tiny on disk, huge inflated.
	 */
	public static byte[] zipBomb(int megabytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("data.csv"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < megabytes; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A minimal Word document: the OOXML parts Tika needs to tell it from any ZIP. */
	public static byte[] docx(String documentXml) {
		return zip(new Entry("[Content_Types].xml",
				"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
					.getBytes(StandardCharsets.UTF_8)),
				new Entry("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8)));
	}

	/** The billion laughs: ten levels of entities, each ten times the one below. */
	public static byte[] billionLaughs() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			xml.append(" <!ENTITY lol").append(i).append(" \"");
			String previous = (i == 1) ? "lol" : "lol" + (i - 1);
			xml.append(("&" + previous + ";").repeat(10)).append("\">\n");
		}
		xml.append("]>\n<lolz>&lol9;</lolz>\n");
		return xml.toString().getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] svgWithScript() {
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(document.cookie)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] concat(byte[] a, byte[] b) {
		byte[] out = new byte[a.length + b.length];
		System.arraycopy(a, 0, out, 0, a.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

	/** One ZIP entry. */
	public record Entry(String name, byte[] content) {
	}

}
