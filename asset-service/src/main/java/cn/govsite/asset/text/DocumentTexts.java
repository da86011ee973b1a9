package cn.govsite.asset.text;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import cn.govsite.asset.asset.Asset;
import cn.govsite.asset.asset.AssetReader;
import cn.govsite.asset.asset.AssetService;
import cn.govsite.asset.asset.AssetState;
import cn.govsite.asset.inspection.FileKind;
import cn.govsite.common.tenant.TenantContext;

/**
 * The text of registered document resources, extracted once per file (by SHA-256) on
 * first request and kept: search asks for it when it indexes an item with attachments, so
 * an upload never waits for Tika. A file Tika cannot read is remembered as such with the
 * reason and answers an empty text; nothing else about the resource changes.
 */
@Service
public class DocumentTexts {

	private static final Logger log = LoggerFactory.getLogger(DocumentTexts.class);

	private final AssetReader assets;

	private final AssetService storage;

	private final DocumentTextMapper texts;

	private final TextExtractor extractor;

	private final Clock clock = Clock.systemUTC();

	DocumentTexts(AssetReader assets, AssetService storage, DocumentTextMapper texts, TextProperties properties) {
		this.assets = assets;
		this.storage = storage;
		this.texts = texts;
		this.extractor = new TextExtractor(properties.maxChars());
	}

	/**
	 * The texts of those of {@code ids} that are registered documents, in the order
	 * asked; other ids (missing, pending, retired, pictures) are left out.
	 */
	public List<AssetText> of(List<Long> ids) {
		List<Asset> documents = this.assets.anySite(ids)
			.stream()
			.filter(asset -> asset.getState() == AssetState.REGISTERED && asset.getKind() == FileKind.DOCUMENT)
			.toList();
		Map<String, DocumentText> bySha = new HashMap<>();
		List<AssetText> answer = new ArrayList<>();
		for (Long id : ids) {
			documents.stream().filter(asset -> asset.getId().equals(id)).findFirst().ifPresent(asset -> {
				DocumentText text = bySha.computeIfAbsent(asset.getSha256(), sha -> textOf(asset));
				answer.add(new AssetText(asset.getId(), text.getText(), text.isTruncated(), text.getFailure()));
			});
		}
		return answer;
	}

	private DocumentText textOf(Asset asset) {
		DocumentText known = this.texts.selectById(asset.getSha256());
		if (known != null) {
			return known;
		}
		DocumentText text = extract(asset);
		try {
			this.texts.insert(text);
		}
		catch (DuplicateKeyException ex) {
			// Another replica extracted the same bytes meanwhile: same text.
		}
		return text;
	}

	private DocumentText extract(Asset asset) {
		DocumentText text = new DocumentText();
		text.setSha256(asset.getSha256());
		text.setExtractedAt(Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS));
		try (InputStream in = TenantContext.callPlatformWide(() -> this.storage.open(asset))) {
			TextExtractor.ExtractedText extracted = this.extractor.extract(in, asset.getContentType());
			text.setText(extracted.text());
			text.setTruncated(extracted.truncated());
		}
		catch (TextExtractionException ex) {
			log.info("Resource {} ({}) has no readable text: {}", asset.getId(), asset.getContentType(),
					ex.getMessage());
			text.setText("");
			text.setFailure(shorten(ex.getMessage()));
		}
		catch (IOException ex) {
			// Storage trouble is not the file's fault: answer it, remember nothing.
			throw new java.io.UncheckedIOException(ex);
		}
		return text;
	}

	private static String shorten(String message) {
		String text = (message != null) ? message : "unreadable";
		return (text.length() > 500) ? text.substring(0, 500) : text;
	}

	/**
	 * One resource's text.
	 *
	 * @param failure why the file has no text (damaged, encrypted…), or {@code null}
	 */
	public record AssetText(long assetId, String text, boolean truncated, String failure) {
	}

}
