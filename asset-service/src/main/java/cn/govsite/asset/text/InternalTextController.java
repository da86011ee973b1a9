package cn.govsite.asset.text;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.security.GovsiteAuthentication;
import cn.govsite.common.security.ServiceCallers;

/**
 * {@code POST /internal/assets/texts}: the text of document resources for
 * search-service's indexing of attachments. Service-to-service only
 * ({@link ServiceCallers}); the gateway never routes {@code /internal/**}.
 */
@RestController
class InternalTextController {

	private final DocumentTexts texts;

	private final ServiceCallers callers;

	private final TextProperties properties;

	InternalTextController(DocumentTexts texts, ServiceCallers callers, TextProperties properties) {
		this.texts = texts;
		this.callers = callers;
		this.properties = properties;
	}

	@PostMapping("/internal/assets/texts")
	Texts texts(GovsiteAuthentication caller, @Valid @RequestBody TextsRequest request) {
		this.callers.require(caller);
		if (request.ids().size() > this.properties.maxIds()) {
			throw GovsiteException.invalid("ids", Message.of("一次最多查询 " + this.properties.maxIds() + " 个资源",
					"At most " + this.properties.maxIds() + " resources per request"));
		}
		return new Texts(this.texts.of(request.ids().stream().distinct().toList()));
	}

	record TextsRequest(@NotEmpty List<@NotNull @Positive Long> ids) {
	}

	record Texts(List<DocumentTexts.AssetText> texts) {
	}

}
