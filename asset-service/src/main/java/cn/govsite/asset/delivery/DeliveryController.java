package cn.govsite.asset.delivery;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.asset.asset.Asset;
import cn.govsite.asset.asset.AssetReader;
import cn.govsite.asset.asset.Downloads;
import cn.govsite.common.security.GovsitePrincipal;

@RestController
class DeliveryController {

	private final AssetReader reader;

	private final DownloadLinks links;

	DeliveryController(AssetReader reader, DownloadLinks links) {
		this.reader = reader;
		this.links = links;
	}

	/** A short-lived link to the file, for whoever may read the resource. */
	@GetMapping("/assets/{id}/link")
	DownloadLinks.DownloadLink link(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		Asset asset = this.reader.readable(principal, id);
		return this.links.link(asset,
				Downloads.contentDisposition(asset.getContentType(), asset.getOriginalFilename()));
	}

}
