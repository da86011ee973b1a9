package cn.govsite.asset.asset;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The registration metadata as a client replaces it (every field, as a whole). */
record MetadataRequest(@NotBlank @Size(max = 100) String title, SourceType sourceType,
		@Size(max = 200) String sourceName, @Size(max = 200) String rightsHolder, @Size(max = 100) String licence,
		LocalDate rightsExpireOn, @Size(max = 50) String category,
		@Size(max = 10) List<@NotBlank @Size(max = 20) String> tags, @Size(max = 250) String altText) {

	AssetMetadata metadata() {
		return new AssetMetadata(this.title, this.sourceType, this.sourceName, this.rightsHolder, this.licence,
				this.rightsExpireOn, this.category, this.tags, this.altText);
	}

}
