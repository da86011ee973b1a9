package cn.govsite.content.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a shipped dictionary: {@code |}-separated columns; blank lines and lines
 * starting with {@code #} are comments.
 */
record DictionaryEntry(List<String> columns) {

	String column(int index) {
		return this.columns.get(index);
	}

	static List<DictionaryEntry> load(String resource, int columns) {
		InputStream in = DictionaryEntry.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing dictionary " + resource);
		}
		List<DictionaryEntry> entries = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				List<String> parts = List.of(trimmed.split("\\|", -1)).stream().map(String::strip).toList();
				if (parts.size() != columns || parts.stream().anyMatch(String::isEmpty)) {
					throw new IllegalStateException(
							resource + ":" + number + " needs " + columns + " columns: " + line);
				}
				entries.add(new DictionaryEntry(parts));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

}
