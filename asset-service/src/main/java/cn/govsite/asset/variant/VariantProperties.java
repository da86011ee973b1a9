package cn.govsite.asset.variant;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Image variants, under {@code govsite.asset.variants}.
 *
 * @param widths the widths generated on registration, smallest first; the first is the
 * thumbnail. Only widths below the original's are made (never upscaled).
 */
@ConfigurationProperties("govsite.asset.variants")
public record VariantProperties(@DefaultValue( {
		"160", "320", "640", "1280" }) List<Integer> widths){

	public VariantProperties {
		widths = widths.stream().sorted().distinct().toList();
	}

}
