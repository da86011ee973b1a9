package cn.govsite.search.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/** Tokenizer {@code govsite_smartcn}: smartcn's HMM segmentation, nothing else. */
@NamedComponent(GovsiteSmartcnTokenizerFactory.NAME)
public class GovsiteSmartcnTokenizerFactory implements TokenizerFactory {

	public static final String NAME = "govsite_smartcn";

	@Override
	public Tokenizer create() {
		return GovsiteAnalysis.tokenizer();
	}

}
