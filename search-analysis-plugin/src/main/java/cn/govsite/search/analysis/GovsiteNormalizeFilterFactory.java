package cn.govsite.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code govsite_normalize}: width folding (ＡＢＣ１２３ to ABC123) and
 * lower-casing. Also usable in normalizers of keyword fields.
 */
@NamedComponent(GovsiteNormalizeFilterFactory.NAME)
public class GovsiteNormalizeFilterFactory implements TokenFilterFactory {

	public static final String NAME = "govsite_normalize";

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return GovsiteAnalysis.normalize(tokenStream);
	}

	@Override
	public TokenStream normalize(TokenStream tokenStream) {
		return GovsiteAnalysis.normalize(tokenStream);
	}

}
