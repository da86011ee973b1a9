package cn.govsite.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GovsiteChineseAnalyzerTests {

	@Test
	void segmentsGovernmentTitle() throws IOException {
		List<String> tokens = analyze(new GovsiteChineseAnalyzer(), "渭滨区政府门户网站建设和管理办法");
		assertTrue(tokens.containsAll(List.of("渭", "滨", "区政府", "门户", "网站", "建设", "管理", "办法")),
				() -> "tokens: " + tokens);
		assertTrue(tokens.contains("和"), () -> "和 is not a stop word: " + tokens);
	}

	@Test
	void foldsFullWidthAndLowerCases() throws IOException {
		List<String> tokens = analyze(new GovsiteChineseAnalyzer(), "ＡＢＣ１２３");
		assertEquals("abc123", String.join("", tokens), () -> "tokens: " + tokens);
	}

	@Test
	void removesStopWords() throws IOException {
		List<String> tokens = analyze(new GovsiteChineseAnalyzer(), "The best of 政府的网站了吗");
		assertFalse(tokens.contains("的"), () -> "tokens: " + tokens);
		assertFalse(tokens.contains("了"), () -> "tokens: " + tokens);
		assertFalse(tokens.contains("the"), () -> "tokens: " + tokens);
		assertFalse(tokens.contains("of"), () -> "tokens: " + tokens);
		assertTrue(tokens.containsAll(List.of("best", "政府", "网站")), () -> "tokens: " + tokens);
	}

	@Test
	void componentsComposeLikeTheAnalyzer() throws IOException {
		String text = "渭滨区政府门户网站的ＡＢＣ办法";
		Tokenizer tokenizer = new GovsiteSmartcnTokenizerFactory().create();
		tokenizer.setReader(new GovsiteWidthCharFilterFactory().create(new StringReader(text)));
		TokenStream composed = new GovsiteStopFilterFactory(List::of)
			.create(new GovsiteNormalizeFilterFactory().create(tokenizer));
		assertEquals(analyze(new GovsiteChineseAnalyzerFactory().create(), text), drain(composed));
	}

	@Test
	void stopWordsFromSettingsReplaceTheShippedList() throws IOException {
		Tokenizer tokenizer = new GovsiteSmartcnTokenizerFactory().create();
		tokenizer.setReader(new StringReader("网站的建设"));
		TokenStream stream = new GovsiteStopFilterFactory(() -> List.of("建设")).create(tokenizer);
		assertEquals(List.of("网站", "的"), drain(stream));
	}

	private static List<String> analyze(Analyzer analyzer, String text) throws IOException {
		try (analyzer) {
			return drain(analyzer.tokenStream("body", text));
		}
	}

	private static List<String> drain(TokenStream stream) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (stream) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

}
