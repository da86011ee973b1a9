package cn.govsite.asset.asset;

import java.time.Instant;

/** An asset's metadata as the API shows it; {@code contentPath} downloads the bytes. */
record AssetView(long id, long siteId, String title, String originalFilename, String contentType, long size,
		String sha256, String createdBy, Instant createdAt, String contentPath) {

	static AssetView of(Asset asset) {
		return new AssetView(asset.getId(), asset.getSiteId(), asset.getTitle(), asset.getOriginalFilename(),
				asset.getContentType(), asset.getSize(), asset.getSha256(), asset.getCreatedBy(), asset.getCreatedAt(),
				"/assets/" + asset.getId() + "/content");
	}

}
