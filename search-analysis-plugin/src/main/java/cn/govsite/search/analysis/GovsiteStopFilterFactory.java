package cn.govsite.search.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code govsite_stop}: removes the shipped government stop words, or the
 * {@code stopwords} list given in the filter's index settings. Place it after
 * {@code govsite_normalize}: words are matched as lower-cased half-width text.
 */
@NamedComponent(GovsiteStopFilterFactory.NAME)
public class GovsiteStopFilterFactory implements TokenFilterFactory {

	public static final String NAME = "govsite_stop";

	private final CharArraySet stopWords;

	@Inject
	public GovsiteStopFilterFactory(StopSettings settings) {
		this.stopWords = GovsiteAnalysis.stopWords(settings.stopwords());
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return GovsiteAnalysis.stop(tokenStream, this.stopWords);
	}

}
