package cn.govsite.search.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * 检索分析器 — the search-time analyzer matching {@link GovsiteChineseAnalyzer}: the same
 * tokens, plus the shipped government synonyms as a token graph (社保 also asks for 社会保险).
 * Fields are indexed with {@code govsite_chinese} and searched with
 * {@code govsite_chinese_search}, so changing the synonym list never needs a reindex and
 * phrase queries keep their positions.
 */
public final class GovsiteChineseSearchAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = GovsiteAnalysis.tokenizer();
		return new TokenStreamComponents(tokenizer, GovsiteAnalysis.searchChain(tokenizer));
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return GovsiteAnalysis.widthChars(reader);
	}

	@Override
	protected Reader initReaderForNormalization(String fieldName, Reader reader) {
		return GovsiteAnalysis.widthChars(reader);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return GovsiteAnalysis.normalize(in);
	}

}
