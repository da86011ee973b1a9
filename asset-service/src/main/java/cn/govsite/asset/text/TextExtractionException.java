package cn.govsite.asset.text;

/** The bytes could not be read as a document; the reason is kept with the file's text. */
public class TextExtractionException extends RuntimeException {

	public TextExtractionException(String message, Throwable cause) {
		super(message, cause);
	}

}
