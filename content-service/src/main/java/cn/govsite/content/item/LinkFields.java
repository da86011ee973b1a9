package cn.govsite.content.item;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** 链接 — an item that points elsewhere; the body describes it. */
public record LinkFields(@NotBlank @Size(max = 500) @Pattern(regexp = "https?://[^\\s<>\"]+") String url,
		boolean openInNewWindow) implements TypeFields {

}
