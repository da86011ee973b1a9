package cn.govsite.asset.variant;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.asset.asset.Asset;
import cn.govsite.asset.asset.AssetReader;
import cn.govsite.common.security.GovsitePrincipal;

@RestController
class VariantController {

	private final AssetReader reader;

	private final VariantService variants;

	VariantController(AssetReader reader, VariantService variants) {
		this.reader = reader;
		this.variants = variants;
	}

	@GetMapping("/assets/{id}/variants")
	List<VariantView> list(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		Asset asset = this.reader.readable(principal, id);
		return this.variants.widthsFor(asset)
			.stream()
			.map(width -> new VariantView(width, VariantService.heightFor(asset, width),
					"/assets/" + id + "/variants/" + width))
			.toList();
	}

	@GetMapping("/assets/{id}/variants/{width}")
	ResponseEntity<byte[]> variant(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@PathVariable int width) {
		Asset asset = this.reader.readable(principal, id);
		byte[] bytes = this.variants.variant(asset, width);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(VariantService.contentType(asset)))
			.eTag(asset.getSha256() + "-w" + width)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

	/** One size of a picture and where to get it. */
	record VariantView(int width, int height, String path) {
	}

}
