package cn.govsite.search.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The platform's Chinese analyzer for indexing: width folding, smartcn segmentation,
 * lower-casing and the government stop words. Usable directly in Lucene (tests) and
 * through {@link GovsiteChineseAnalyzerFactory} in Elasticsearch. Its search-time
 * companion is {@link GovsiteChineseSearchAnalyzer} (same tokens plus synonyms).
 */
public final class GovsiteChineseAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = GovsiteAnalysis.tokenizer();
		return new TokenStreamComponents(tokenizer, GovsiteAnalysis.chain(tokenizer));
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
