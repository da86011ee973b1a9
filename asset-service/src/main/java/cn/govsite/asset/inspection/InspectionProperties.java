package cn.govsite.asset.inspection;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What the library accepts, under {@code govsite.asset.inspection}. A kind not configured
 * (or configured without types or size) keeps {@link FileKind}'s defaults.
 *
 * @param kinds per kind, the allowed media types and the size limit
 * @param maxImagePixels width × height above which an image is refused before decoding
 * (decompression bombs)
 * @param maxExpandedSize the most an archive may expand to
 * @param maxCompressionRatio expanded size over archive size above which an archive is a
 * bomb (checked once it expands past {@code ratioFloor})
 * @param ratioFloor expansion below which the ratio is not checked (small, very
 * compressible files are normal)
 * @param maxArchiveEntries the most entries an archive may hold
 */
@ConfigurationProperties("govsite.asset.inspection")
public record InspectionProperties(Map<FileKind, KindRule> kinds, @DefaultValue("40000000") long maxImagePixels,
		@DefaultValue("200MB") DataSize maxExpandedSize, @DefaultValue("100") int maxCompressionRatio,
		@DefaultValue("1MB") DataSize ratioFloor, @DefaultValue("10000") int maxArchiveEntries) {

	public InspectionProperties {
		kinds = (kinds != null) ? Map.copyOf(kinds) : Map.of();
	}

	/** Local defaults only, for unit tests and tools. */
	public static InspectionProperties defaults() {
		return new InspectionProperties(Map.of(), 40_000_000, DataSize.ofMegabytes(200), 100, DataSize.ofMegabytes(1),
				10_000);
	}

	public List<String> types(FileKind kind) {
		KindRule rule = this.kinds.get(kind);
		return (rule != null && rule.types() != null && !rule.types().isEmpty()) ? rule.types() : kind.defaultTypes();
	}

	public DataSize maxSize(FileKind kind) {
		KindRule rule = this.kinds.get(kind);
		return (rule != null && rule.maxSize() != null) ? rule.maxSize() : kind.defaultMaxSize();
	}

	/** One kind's settings; either may be left out. */
	public record KindRule(List<String> types, DataSize maxSize) {
	}

}
