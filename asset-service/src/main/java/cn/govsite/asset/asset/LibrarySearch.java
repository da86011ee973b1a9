package cn.govsite.asset.asset;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.govsite.asset.inspection.FileKind;

/**
 * 资源检索 — a search of the request's site's library; every criterion is optional.
 *
 * @param q words in the title
 * @param createdFrom first day of upload (China time), inclusive
 * @param createdTo last day of upload (China time), inclusive
 */
record LibrarySearch(@Size(max = 100) String q, @Size(max = 20) String tag, FileKind kind, AssetState state,
		@Size(max = 50) String category, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo, @Min(1) Integer page,
		@Min(1) @Max(100) Integer size) {

	int pageOrFirst() {
		return (this.page != null) ? this.page : 1;
	}

	int sizeOrDefault() {
		return (this.size != null) ? this.size : 20;
	}

}
