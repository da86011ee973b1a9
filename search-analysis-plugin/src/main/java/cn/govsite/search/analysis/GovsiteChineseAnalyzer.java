package cn.govsite.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The platform's Chinese analyzer: smartcn segmentation, width folding, lower-casing and
 * the government stop words. Usable directly in Lucene (tests) and through
 * {@link GovsiteChineseAnalyzerFactory} in Elasticsearch.
 */
public final class GovsiteChineseAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = GovsiteAnalysis.tokenizer();
		return new TokenStreamComponents(tokenizer, GovsiteAnalysis.chain(tokenizer));
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return GovsiteAnalysis.normalize(in);
	}

}
