package cn.govsite.content.bulkimport;

import java.util.Locale;
import java.util.Optional;

/** The file formats a bulk import reads. */
public enum ImportFormat {

	CSV, JSON, XLSX;

	/** The format named explicitly, or guessed from the file name's extension. */
	static Optional<ImportFormat> of(String named, String fileName) {
		String text = (named != null && !named.isBlank()) ? named : (fileName != null && fileName.contains("."))
				? fileName.substring(fileName.lastIndexOf('.') + 1) : null;
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
