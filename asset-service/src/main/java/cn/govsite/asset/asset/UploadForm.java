package cn.govsite.asset.asset;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The multipart form of an upload: the file, the title people will know it by, and
 * optionally the rest of the registration metadata (it can also be given later).
 */
record UploadForm(@NotNull MultipartFile file, @NotBlank @Size(max = 100) String title, SourceType sourceType,
		@Size(max = 200) String sourceName, @Size(max = 200) String rightsHolder, @Size(max = 100) String licence,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rightsExpireOn, @Size(max = 50) String category,
		@Size(max = 10) List<@NotBlank @Size(max = 20) String> tags, @Size(max = 250) String altText) {

	AssetMetadata metadata() {
		return new AssetMetadata(this.title, this.sourceType, this.sourceName, this.rightsHolder, this.licence,
				this.rightsExpireOn, this.category, this.tags, this.altText);
	}

}
