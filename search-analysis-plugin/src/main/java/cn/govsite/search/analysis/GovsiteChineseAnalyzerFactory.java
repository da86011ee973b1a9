package cn.govsite.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Analyzer {@code govsite_chinese}: see {@link GovsiteChineseAnalyzer}. */
@NamedComponent(GovsiteChineseAnalyzerFactory.NAME)
public class GovsiteChineseAnalyzerFactory implements AnalyzerFactory {

	public static final String NAME = "govsite_chinese";

	@Override
	public Analyzer create() {
		return new GovsiteChineseAnalyzer();
	}

}
