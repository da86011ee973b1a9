package cn.govsite.asset.variant;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import cn.govsite.asset.asset.Asset;
import cn.govsite.asset.asset.RegistrationListener;
import cn.govsite.asset.inspection.FileKind;
import cn.govsite.asset.inspection.ImageSanitiser;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;

/**
 * 缩略图与响应式尺寸 — smaller copies of a registered picture for thumbnails and {@code srcset}.
 * They are keyed by the original's SHA-256, like the original, so a picture registered by
 * several sites is scaled once. Made on registration; a variant that is missing later
 * (storage lost it, the widths changed) is made again when asked for. WebP is not
 * offered: the JDK has no WebP writer and no kept Java library writes it without native
 * code.
 */
@Service
public class VariantService implements RegistrationListener {

	private static final Logger log = LoggerFactory.getLogger(VariantService.class);

	private final ObjectStorage storage;

	private final VariantProperties properties;

	private final String bucket;

	VariantService(ObjectStorage storage, VariantProperties properties, StorageProperties storageProperties) {
		this.storage = storage;
		this.properties = properties;
		this.bucket = storageProperties.bucket("assets");
	}

	@Override
	public void registered(Asset asset) {
		if (asset.getKind() != FileKind.IMAGE) {
			return;
		}
		try {
			generate(asset, widthsFor(asset));
		}
		catch (RuntimeException | IOException ex) {
			// Registration stands; the variants are made on first request instead.
			log.warn("Could not make variants of asset {}: {}", asset.getId(), ex.toString());
		}
	}

	/** The widths offered for the picture: the configured ones below its own width. */
	public List<Integer> widthsFor(Asset asset) {
		if (asset.getKind() != FileKind.IMAGE) {
			return List.of();
		}
		return this.properties.widths().stream().filter(width -> width < asset.getWidth()).toList();
	}

	public static int heightFor(Asset asset, int width) {
		return Math.max(1, Math.round((float) asset.getHeight() * width / asset.getWidth()));
	}

	/** The variant's bytes, made now if storage does not have them. */
	public byte[] variant(Asset asset, int width) {
		if (!widthsFor(asset).contains(width)) {
			throw GovsiteException.notFound("资源尺寸", "Variant", asset.getId() + "/w" + width);
		}
		String key = key(asset, width);
		Optional<ObjectStorage.StoredObject> stored = this.storage.get(this.bucket, key);
		if (stored.isPresent()) {
			return stored.get().content();
		}
		try {
			generate(asset, List.of(width));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not scale asset " + asset.getId(), ex);
		}
		return this.storage.get(this.bucket, key).orElseThrow().content();
	}

	public static String contentType(Asset asset) {
		return asset.getContentType();
	}

	static String key(Asset asset, int width) {
		return "variants/" + asset.getSha256() + "/w" + width;
	}

	private void generate(Asset asset, List<Integer> widths) throws IOException {
		if (widths.isEmpty()) {
			return;
		}
		BufferedImage original;
		try (InputStream in = this.storage.open(this.bucket, asset.getObjectKey())
			.orElseThrow(() -> new IOException("No stored object for asset " + asset.getId()))) {
			original = ImageIO.read(in);
		}
		if (original == null) {
			throw new IOException("Stored picture of asset " + asset.getId() + " does not decode");
		}
		String format = asset.getContentType().equals("image/jpeg") ? "jpeg" : "png";
		for (int width : widths) {
			String key = key(asset, width);
			if (this.storage.get(this.bucket, key).isPresent()) {
				continue; // another site registered the same picture
			}
			byte[] bytes = ImageSanitiser.encode(scale(original, width, heightFor(asset, width)), format);
			this.storage.put(this.bucket, key, bytes, asset.getContentType());
		}
	}

	private static BufferedImage scale(BufferedImage source, int width, int height) {
		int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage scaled = new BufferedImage(width, height, type);
		Graphics2D g = scaled.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return scaled;
	}

}
