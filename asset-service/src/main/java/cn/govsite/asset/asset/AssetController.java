package cn.govsite.asset.asset;

import jakarta.validation.Valid;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;

@RestController
class AssetController {

	private final AssetService assets;

	private final AssetReader reader;

	AssetController(AssetService assets, AssetReader reader) {
		this.assets = assets;
		this.reader = reader;
	}

	@PostMapping(path = "/assets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	AssetView upload(@AuthenticationPrincipal GovsitePrincipal principal, @Valid @ModelAttribute UploadForm form) {
		return view(this.assets.upload(principal, form));
	}

	@GetMapping("/assets")
	LibraryPage search(@AuthenticationPrincipal GovsitePrincipal principal,
			@Valid @ModelAttribute LibrarySearch search) {
		Page<Asset> page = this.assets.search(principal, search);
		return new LibraryPage(page.getRecords().stream().map(this::view).toList(), page.getTotal(),
				(int) page.getCurrent(), (int) page.getSize());
	}

	/** 使用前检查 — content-service asks before publishing which ids the site may use. */
	@PostMapping("/assets/usability")
	Usability usability(@AuthenticationPrincipal GovsitePrincipal principal,
			@Valid @RequestBody UsabilityRequest request) {
		return this.reader.usability(principal, request.assetIds());
	}

	@GetMapping("/assets/{id}")
	AssetView get(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return view(this.reader.readable(principal, id));
	}

	@PutMapping("/assets/{id}/metadata")
	AssetView metadata(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody MetadataRequest request) {
		return view(this.assets.updateMetadata(principal, id, request.metadata()));
	}

	@PostMapping("/assets/{id}/register")
	AssetView register(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return view(this.assets.register(principal, id));
	}

	@PostMapping("/assets/{id}/retire")
	AssetView retire(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody RetireRequest request) {
		return view(this.assets.retire(principal, id, request.reason()));
	}

	@GetMapping("/assets/{id}/content")
	ResponseEntity<InputStreamResource> content(@AuthenticationPrincipal GovsitePrincipal principal,
			@PathVariable long id) {
		Asset asset = this.reader.readable(principal, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(asset.getContentType()))
			.contentLength(asset.getSize())
			.eTag(asset.getSha256())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					Downloads.contentDisposition(asset.getContentType(), asset.getOriginalFilename()))
			.header("X-Content-Type-Options", "nosniff")
			// Even a file shown inline may not run anything or load anything.
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.body(new InputStreamResource(this.assets.open(asset)));
	}

	private AssetView view(Asset asset) {
		return AssetView.of(asset, this.reader.tagsOf(asset));
	}

}
