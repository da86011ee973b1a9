package cn.govsite.asset.upload;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.asset.asset.Asset;
import cn.govsite.asset.asset.AssetReader;
import cn.govsite.asset.asset.AssetView;
import cn.govsite.common.security.GovsitePrincipal;

@RestController
class LargeUploadController {

	private final LargeUploadService uploads;

	private final AssetReader reader;

	LargeUploadController(LargeUploadService uploads, AssetReader reader) {
		this.uploads = uploads;
		this.reader = reader;
	}

	@PostMapping("/assets/uploads")
	@ResponseStatus(HttpStatus.CREATED)
	UploadProgress start(@AuthenticationPrincipal GovsitePrincipal principal,
			@Valid @RequestBody StartUploadRequest request) {
		return this.uploads.start(principal, request);
	}

	@PutMapping("/assets/uploads/{id}/parts/{number}")
	UploadProgress part(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable String id,
			@PathVariable int number, HttpServletRequest request) throws IOException {
		try (InputStream body = request.getInputStream()) {
			return this.uploads.putPart(principal, id, number, body);
		}
	}

	@GetMapping("/assets/uploads/{id}")
	UploadProgress progress(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable String id) {
		return this.uploads.progress(principal, id);
	}

	@PostMapping("/assets/uploads/{id}/complete")
	@ResponseStatus(HttpStatus.CREATED)
	AssetView complete(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable String id) {
		Asset asset = this.uploads.complete(principal, id);
		return AssetView.of(asset, this.reader.tagsOf(asset));
	}

	@DeleteMapping("/assets/uploads/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void abort(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable String id) {
		this.uploads.abort(principal, id);
	}

}
