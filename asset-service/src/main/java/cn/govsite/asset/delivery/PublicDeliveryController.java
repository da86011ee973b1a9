package cn.govsite.asset.delivery;

import java.util.Arrays;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.asset.asset.Asset;
import cn.govsite.asset.asset.AssetReader;
import cn.govsite.asset.asset.AssetService;
import cn.govsite.asset.asset.Downloads;
import cn.govsite.asset.variant.VariantService;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.tenant.TenantContext;

/**
 * 公开资源 — the library files a site's published pages show
 * ({@code <img src="/assets/{id}/content">}), served on the site's own host through the
 * gateway with no account. Only what {@link AssetReader#publicOn} allows; the rest is
 * "not found", as for a page that does not exist. The bytes under an id never change (the
 * object is named by content), so the ETag is the SHA-256 and browsers and proxies may
 * keep the file a while.
 */
@RestController
class PublicDeliveryController {

	private final AssetReader reader;

	private final AssetService assets;

	private final VariantService variants;

	private final CacheControl caching;

	PublicDeliveryController(AssetReader reader, AssetService assets, VariantService variants,
			DeliveryProperties properties) {
		this.reader = reader;
		this.assets = assets;
		this.variants = variants;
		this.caching = CacheControl.maxAge(properties.publicMaxAge()).cachePublic();
	}

	@GetMapping("/public/assets/{id}/content")
	ResponseEntity<Resource> content(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		Asset asset = publicAsset(id);
		String etag = "\"" + asset.getSha256() + "\"";
		if (matches(ifNoneMatch, etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(this.caching).build();
		}
		return file(etag, asset.getContentType()).contentLength(asset.getSize())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					Downloads.contentDisposition(asset.getContentType(), asset.getOriginalFilename()))
			.body(new InputStreamResource(this.assets.open(asset)));
	}

	@GetMapping("/public/assets/{id}/variants/{width}")
	ResponseEntity<Resource> variant(@PathVariable long id, @PathVariable int width,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		Asset asset = publicAsset(id);
		String etag = "\"" + asset.getSha256() + "-w" + width + "\"";
		if (matches(ifNoneMatch, etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(this.caching).build();
		}
		byte[] bytes = this.variants.variant(asset, width);
		return file(etag, VariantService.contentType(asset)).body(new ByteArrayResource(bytes));
	}

	private Asset publicAsset(long id) {
		return TenantContext.current()
			.flatMap(site -> this.reader.publicOn(id, site))
			.orElseThrow(() -> GovsiteException.notFound("资源", "Asset", id));
	}

	private ResponseEntity.BodyBuilder file(String etag, String contentType) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.eTag(etag)
			.cacheControl(this.caching)
			.header("X-Content-Type-Options", "nosniff")
			// Even a file shown inline may not run anything or load anything.
			.header("Content-Security-Policy", "sandbox; default-src 'none'");
	}

	/** {@code If-None-Match}: a list of tags (weak ones compare equal), or {@code *}. */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
			return false;
		}
		return Arrays.stream(ifNoneMatch.split(","))
			.map(String::strip)
			.map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
			.anyMatch(tag -> tag.equals("*") || tag.equals(etag));
	}

}
