package cn.govsite.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code govsite_synonym}: the shipped government synonyms (or the
 * {@code synonyms} rules of the filter's index settings) as a token graph. Place it after
 * {@code govsite_normalize} and before {@code govsite_stop}. Search time only:
 * Elasticsearch refuses it in an index analyzer, where a graph would be flattened and
 * phrase positions broken.
 */
@NamedComponent(GovsiteSynonymFilterFactory.NAME)
public class GovsiteSynonymFilterFactory implements TokenFilterFactory {

	public static final String NAME = "govsite_synonym";

	private final SynonymMap synonyms;

	@Inject
	public GovsiteSynonymFilterFactory(SynonymSettings settings) {
		this.synonyms = GovsiteAnalysis.synonyms(settings.synonyms(), settings.expand());
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return GovsiteAnalysis.synonyms(tokenStream, this.synonyms);
	}

	@Override
	public AnalysisMode getAnalysisMode() {
		return AnalysisMode.SEARCH_TIME;
	}

}
