package cn.govsite.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The building blocks shared by the plugin's named components, so that the
 * {@code govsite_chinese} analyzer and a mapping composed of {@code govsite_width},
 * {@code govsite_smartcn}, {@code govsite_normalize} and {@code govsite_stop} produce the
 * same tokens.
 * <p>
 * Chain: width folding of the characters (full-width ASCII to half-width, before
 * segmentation, so that ２０２６年 and 2026年 are segmented alike), smartcn segmentation, width
 * folding and lower-casing of the tokens, then stop words. The search-time chain
 * ({@code govsite_chinese_search}) puts the government synonyms between normalisation and
 * stop words (see {@link #searchChain}).
 */
public final class GovsiteAnalysis {

	/** Classpath resource holding the default stop words, one a line. */
	public static final String STOP_WORDS_RESOURCE = "stopwords.txt";

	/** Classpath resource holding the shipped government synonyms (Solr format). */
	public static final String SYNONYMS_RESOURCE = "synonyms.txt";

	private static final CharArraySet DEFAULT_STOP_WORDS = CharArraySet
		.unmodifiableSet(new CharArraySet(loadWords(STOP_WORDS_RESOURCE), false));

	private GovsiteAnalysis() {
	}

	/**
	 * Folds full-width ASCII (ＡＢＣ１２３) to half-width and half-width katakana to
	 * full-width, character by character, with offsets corrected for highlighting.
	 */
	public static Reader widthChars(Reader in) {
		return new CJKWidthCharFilter(in);
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

	/** Everything after the tokenizer at index time, in order: normalise, stop. */
	public static TokenStream chain(TokenStream in) {
		return stop(normalize(in), DEFAULT_STOP_WORDS);
	}

	/** Everything after the tokenizer at search time: normalise, synonyms, stop. */
	public static TokenStream searchChain(TokenStream in) {
		return stop(synonyms(normalize(in), DefaultSynonyms.MAP), DEFAULT_STOP_WORDS);
	}

	/**
	 * Adds the synonyms of the words as a token graph. Search time only: a graph cannot
	 * be indexed faithfully, while a query parser turns it into "either path matches".
	 */
	public static TokenStream synonyms(TokenStream in, SynonymMap map) {
		return new SynonymGraphFilter(in, map, true);
	}

	/** The shipped government synonyms. */
	public static SynonymMap defaultSynonyms() {
		return DefaultSynonyms.MAP;
	}

	/**
	 * A synonym map from rules given in index settings (Solr format, one rule an entry),
	 * or the shipped list when none are.
	 * @param expand whether {@code a,b} maps each to both (true) or both to {@code a}
	 * @throws IllegalArgumentException naming the rule that cannot be parsed
	 */
	public static SynonymMap synonyms(Collection<String> rules, boolean expand) {
		if ((rules == null || rules.isEmpty()) && expand) {
			return DefaultSynonyms.MAP;
		}
		List<String> lines = (rules == null || rules.isEmpty()) ? loadWords(SYNONYMS_RESOURCE) : List.copyOf(rules);
		return parseSynonyms(String.join("\n", lines), expand);
	}

	/**
	 * Parses Solr-style rules: {@code a,b,c} (equivalents) and {@code a,b => c}
	 * (explicit). Each term is entered in every form the index may hold it in: segmented
	 * the way smartcn segments it alone (社会|保险) and, when that is several words, also as
	 * one word (社会保险), because smartcn keeps a dictionary word whole in some sentences
	 * (居民社会保险缴纳) and splits it in others.
	 */
	static SynonymMap parseSynonyms(String rules, boolean expand) {
		try (Analyzer entries = new SynonymEntryAnalyzer()) {
			SynonymMap.Builder builder = new SynonymMap.Builder(true);
			int lineNumber = 0;
			for (String line : rules.split("\n")) {
				lineNumber++;
				String rule = line.strip();
				if (rule.isEmpty() || rule.startsWith("#")) {
					continue;
				}
				addRule(builder, entries, rule, expand, lineNumber);
			}
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void addRule(SynonymMap.Builder builder, Analyzer entries, String rule, boolean expand,
			int lineNumber) throws IOException {
		String[] sides = rule.split("=>", -1);
		if (sides.length > 2) {
			throw invalidRule(rule, lineNumber, "more than one =>");
		}
		List<CharsRef> inputs = forms(entries, sides[0], rule, lineNumber);
		List<CharsRef> outputs;
		if (sides.length == 2) {
			outputs = forms(entries, sides[1], rule, lineNumber);
		}
		else if (expand) {
			outputs = inputs;
		}
		else {
			outputs = forms(entries, sides[0].split(",")[0], rule, lineNumber);
		}
		for (CharsRef input : inputs) {
			for (CharsRef output : outputs) {
				builder.add(input, output, false);
			}
		}
	}

	/**
	 * Words that commonly stand next to a synonym in titles and queries. smartcn's
	 * segmentation depends on the neighbours (公租房 alone is 公|租|房, in 公租房申请 it is 公|租房),
	 * so each term is also segmented between these, and every segmentation that keeps the
	 * term's edges becomes one more form of the term.
	 */
	static final List<String> CONTEXT_BEFORE = List.of("", "申请", "办理", "关于", "市", "我要");

	static final List<String> CONTEXT_AFTER = List.of("", "申请", "办理", "申领", "条件", "指南", "标准", "的", "和", "政策", "补贴",
			"业务");

	private static List<CharsRef> forms(Analyzer entries, String terms, String rule, int lineNumber)
			throws IOException {
		Set<CharsRef> forms = new LinkedHashSet<>();
		for (String raw : terms.split(",")) {
			String term = raw.strip();
			if (term.isEmpty()) {
				throw invalidRule(rule, lineNumber, "empty term");
			}
			List<String> alone = segment(entries, "", term, "");
			if (alone == null || alone.isEmpty()) {
				throw invalidRule(rule, lineNumber, "term " + term + " has no words");
			}
			for (String before : CONTEXT_BEFORE) {
				for (String after : CONTEXT_AFTER) {
					List<String> words = segment(entries, before, term, after);
					if (words != null && !words.isEmpty()) {
						forms.add(SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder()));
					}
				}
			}
			String whole = String.join("", alone);
			if (alone.size() > 1 && whole.codePoints().noneMatch(Character::isWhitespace)) {
				forms.add(new CharsRef(whole));
			}
		}
		return new ArrayList<>(forms);
	}

	/**
	 * The words of {@code term} when it stands between {@code before} and {@code after},
	 * or {@code null} when a word there straddles one of the term's edges.
	 */
	private static List<String> segment(Analyzer entries, String before, String term, String after) throws IOException {
		int start = before.length();
		int end = start + term.length();
		List<String> words = new ArrayList<>();
		try (TokenStream stream = entries.tokenStream("synonym", before + term + after)) {
			CharTermAttribute attribute = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			boolean straddles = false;
			while (stream.incrementToken()) {
				int from = offsets.startOffset();
				int to = offsets.endOffset();
				if (from >= start && to <= end) {
					words.add(attribute.toString());
				}
				else if (from < end && to > start) {
					straddles = true;
				}
			}
			stream.end();
			return straddles ? null : words;
		}
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

	private static IllegalArgumentException invalidRule(String rule, int lineNumber, String why) {
		return new IllegalArgumentException("Invalid synonym rule on line " + lineNumber + " (" + why + "): " + rule);
	}

	/** Segments a synonym entry: width folding, smartcn, normalise; no stop words. */
	private static final class SynonymEntryAnalyzer extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = GovsiteAnalysis.tokenizer();
			return new TokenStreamComponents(tokenizer, GovsiteAnalysis.normalize(tokenizer));
		}

		@Override
		protected Reader initReader(String fieldName, Reader reader) {
			return widthChars(reader);
		}

	}

	/** Built on first use: parsing segments every entry. */
	private static final class DefaultSynonyms {

		static final SynonymMap MAP = parseSynonyms(String.join("\n", loadWords(SYNONYMS_RESOURCE)), true);

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
