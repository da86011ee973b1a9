package cn.govsite.asset.inspection;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Images are stored as pixels the platform encoded itself: decoding and re-encoding with
 * the JDK's ImageIO drops every metadata block (EXIF with GPS, comments, ICC profiles)
 * and anything smuggled around the pixels (a script or archive appended or hidden in a
 * comment). Before decoding, the declared dimensions are checked, so a tiny file that
 * claims a billion pixels is refused without allocating them.
 */
public final class ImageSanitiser {

	/**
	 * Markup that has no business inside an image: a file that carries it is built to be
	 * read as something else (a polyglot), whatever the re-encoding would make of it.
	 */
	private static final List<byte[]> ACTIVE_MARKERS = List
		.of("<?php", "<script", "<html", "<iframe", "<svg", "<%@", "<!doctype", "javascript:")
		.stream()
		.map(m -> m.getBytes(StandardCharsets.US_ASCII))
		.toList();

	static final float JPEG_QUALITY = 0.9f;

	private final long maxPixels;

	ImageSanitiser(long maxPixels) {
		this.maxPixels = maxPixels;
	}

	Inspected sanitise(String type, UploadSource upload) throws IOException {
		byte[] original;
		try (InputStream in = upload.open()) {
			original = in.readAllBytes();
		}
		if (containsActiveMarkup(original)) {
			throw UploadRefusal.of(UploadRefusal.UNSAFE, "图片中夹带了脚本或网页代码（多格式伪装文件），已拒绝",
					"The image carries script or markup (a polyglot file) and is refused");
		}
		BufferedImage image = decode(original);
		// GIF is written as PNG: ImageIO's GIF writer would keep only one frame anyway,
		// and PNG keeps the palette's colours without loss.
		String format = type.equals("image/jpeg") ? "jpeg" : "png";
		byte[] encoded = encode(image, format);
		UploadSource content = UploadSource.of(encoded);
		String storedType = format.equals("jpeg") ? "image/jpeg" : "image/png";
		return new Inspected(FileKind.IMAGE, storedType, format.equals("jpeg") ? ".jpg" : ".png", content,
				FileInspector.sha256(content), image.getWidth(), image.getHeight());
	}

	private BufferedImage decode(byte[] original) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(original))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw undecodable();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > this.maxPixels) {
					throw UploadRefusal.of(UploadRefusal.UNSAFE,
							"图片尺寸 " + reader.getWidth(0) + "×" + reader.getHeight(0) + " 超过上限 " + this.maxPixels
									+ " 像素",
							"The image is " + reader.getWidth(0) + "×" + reader.getHeight(0) + ", over the limit of "
									+ this.maxPixels + " pixels");
				}
				BufferedImage image = reader.read(0);
				if (image == null) {
					throw undecodable();
				}
				return image;
			}
			catch (IOException | RuntimeException ex) {
				if (ex instanceof cn.govsite.common.error.GovsiteException refusal) {
					throw refusal;
				}
				throw undecodable();
			}
			finally {
				reader.dispose();
			}
		}
	}

	/**
	 * Encodes pixels without any metadata; {@code format} is {@code jpeg} or {@code png}.
	 */
	public static byte[] encode(BufferedImage image, String format) throws IOException {
		BufferedImage source = format.equals("jpeg") ? opaque(image) : image;
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format.equals("jpeg")) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			// No metadata argument: the writer emits only what the pixels need.
			writer.write(null, new IIOImage(source, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/** JPEG has no alpha: paint onto white first, as a browser would show it. */
	static BufferedImage opaque(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.drawImage(image, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return rgb;
	}

	static boolean containsActiveMarkup(byte[] bytes) {
		for (byte[] marker : ACTIVE_MARKERS) {
			if (indexOfIgnoreCase(bytes, marker) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static int indexOfIgnoreCase(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (Character.toLowerCase((char) (haystack[i + j] & 0xff)) != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static cn.govsite.common.error.GovsiteException undecodable() {
		return UploadRefusal.of(UploadRefusal.UNSAFE, "图片无法解码（文件头与内容不符或已损坏）",
				"The image cannot be decoded (its header does not match its content, or it is damaged)");
	}

}
