package cn.govsite.search.analysis;

import java.util.List;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Index settings of a {@code govsite_stop} filter, injected by Elasticsearch. The same
 * pattern (an {@link AnalysisSettings} interface taken by an {@code @Inject} constructor)
 * serves a future {@code govsite_synonym} filter.
 */
@AnalysisSettings
public interface StopSettings {

	/** Replaces the shipped list when not empty. */
	@ListSetting(path = "stopwords")
	List<String> stopwords();

}
