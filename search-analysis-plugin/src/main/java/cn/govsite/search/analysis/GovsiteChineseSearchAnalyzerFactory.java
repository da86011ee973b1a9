package cn.govsite.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Analyzer {@code govsite_chinese_search}: see {@link GovsiteChineseSearchAnalyzer}. */
@NamedComponent(GovsiteChineseSearchAnalyzerFactory.NAME)
public class GovsiteChineseSearchAnalyzerFactory implements AnalyzerFactory {

	public static final String NAME = "govsite_chinese_search";

	@Override
	public Analyzer create() {
		return new GovsiteChineseSearchAnalyzer();
	}

}
