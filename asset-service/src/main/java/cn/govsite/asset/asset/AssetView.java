package cn.govsite.asset.asset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.govsite.asset.inspection.FileKind;

/** A resource's metadata as the API shows it; {@code contentPath} downloads the bytes. */
public record AssetView(long id, long siteId, String title, FileKind kind, AssetState state, String originalFilename,
		String contentType, long size, String sha256, int width, int height, SourceType sourceType, String sourceName,
		String rightsHolder, String licence, LocalDate rightsExpireOn, String category, List<String> tags,
		String altText, String createdBy, Instant createdAt, String registeredBy, Instant registeredAt,
		String retiredBy, Instant retiredAt, String retireReason, String contentPath) {

	public static AssetView of(Asset asset, List<String> tags) {
		return new AssetView(asset.getId(), asset.getSiteId(), asset.getTitle(), asset.getKind(), asset.getState(),
				asset.getOriginalFilename(), asset.getContentType(), asset.getSize(), asset.getSha256(),
				asset.getWidth(), asset.getHeight(), asset.getSourceType(), asset.getSourceName(),
				asset.getRightsHolder(), asset.getLicence(), asset.getRightsExpireOn(), asset.getCategory(), tags,
				asset.getAltText(), asset.getCreatedBy(), asset.getCreatedAt(), asset.getRegisteredBy(),
				asset.getRegisteredAt(), asset.getRetiredBy(), asset.getRetiredAt(), asset.getRetireReason(),
				"/assets/" + asset.getId() + "/content");
	}

}
