package cn.govsite.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;

/**
 * The building blocks shared by the plugin's named components, so that the
 * {@code govsite_chinese} analyzer and a mapping composed of {@code govsite_smartcn},
 * {@code govsite_normalize} and {@code govsite_stop} produce the same tokens.
 * <p>
 * Chain: smartcn segmentation, width folding (full-width ASCII to half-width, half-width
 * katakana to full-width) and lower-casing, then stop words. A future
 * {@code govsite_synonym} stage goes between normalisation and stop words (see
 * {@link #chain}).
 */
public final class GovsiteAnalysis {

	/** Classpath resource holding the default stop words, one a line. */
	public static final String STOP_WORDS_RESOURCE = "stopwords.txt";

	private static final CharArraySet DEFAULT_STOP_WORDS = CharArraySet
		.unmodifiableSet(new CharArraySet(loadWords(STOP_WORDS_RESOURCE), false));

	private GovsiteAnalysis() {
	}

	/** The smartcn (HMM) sentence and word segmenter. */
	public static Tokenizer tokenizer() {
		return new HMMChineseTokenizer();
	}

	/** Width folding then lower-casing; also safe for normalizers (no tokenization). */
	public static TokenStream normalize(TokenStream in) {
		return new LowerCaseFilter(new CJKWidthFilter(in));
	}

	/** Removes the given stop words (matched after normalisation). */
	public static TokenStream stop(TokenStream in, CharArraySet stopWords) {
		return new StopFilter(in, stopWords);
	}

	/** Everything after the tokenizer, in order: normalise, (synonyms later), stop. */
	public static TokenStream chain(TokenStream in) {
		return stop(normalize(in), DEFAULT_STOP_WORDS);
	}

	/** The shipped government stop words. */
	public static CharArraySet defaultStopWords() {
		return DEFAULT_STOP_WORDS;
	}

	/**
	 * A stop set from words given in index settings, or the shipped list when none are.
	 */
	public static CharArraySet stopWords(Collection<String> configured) {
		if (configured == null || configured.isEmpty()) {
			return DEFAULT_STOP_WORDS;
		}
		return CharArraySet.unmodifiableSet(new CharArraySet(configured, true));
	}

	static List<String> loadWords(String resource) {
		try (InputStream in = GovsiteAnalysis.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource + " in the govsite-analysis plugin jar");
			}
			return readWords(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	private static List<String> readWords(BufferedReader reader) throws IOException {
		List<String> words = new ArrayList<>();
		String line;
		while ((line = reader.readLine()) != null) {
			String word = line.strip();
			if (!word.isEmpty() && !word.startsWith("#")) {
				words.add(word);
			}
		}
		return words;
	}

}
