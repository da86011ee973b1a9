package cn.govsite.asset.text;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * 全文抽取 — the text of a document (PDF, Word, Excel, PowerPoint, plain text) by Apache
 * Tika's parsers, whitespace collapsed and cut at a limit so a huge file cannot flood the
 * index. Embedded documents are left out: an attachment's text is what a reader sees in
 * it, not what is packed inside.
 */
public class TextExtractor {

	private final Parser parser = new AutoDetectParser();

	private final int maxChars;

	public TextExtractor(int maxChars) {
		this.maxChars = maxChars;
	}

	/**
	 * @throws TextExtractionException when the bytes are not a readable document
	 * (damaged, encrypted, a format without a parser)
	 */
	public ExtractedText extract(InputStream in, String contentType) throws IOException {
		BodyContentHandler handler = new BodyContentHandler(this.maxChars);
		Metadata metadata = new Metadata();
		if (contentType != null) {
			metadata.set(Metadata.CONTENT_TYPE, contentType);
		}
		ParseContext context = new ParseContext();
		// Embedded documents stay unparsed.
		context.set(Parser.class, EmptyParser.INSTANCE);
		boolean truncated = false;
		try {
			this.parser.parse(in, handler, metadata, context);
		}
		catch (SAXException ex) {
			if (!WriteLimitReachedException.isWriteLimitReached(ex)) {
				throw new TextExtractionException("unreadable document: " + ex.getMessage(), ex);
			}
			truncated = true;
		}
		catch (TikaException ex) {
			throw new TextExtractionException(ex.getMessage(), ex);
		}
		return new ExtractedText(collapse(handler.toString()), truncated);
	}

	static String collapse(String text) {
		return text.replaceAll("[\\s\\u3000]+", " ").strip();
	}

	/** What a document reads: its text, and whether it was cut at the limit. */
	public record ExtractedText(String text, boolean truncated) {
	}

}
