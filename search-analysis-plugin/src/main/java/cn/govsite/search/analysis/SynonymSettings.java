package cn.govsite.search.analysis;

import java.util.List;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/** Index settings of a {@code govsite_synonym} filter, injected by Elasticsearch. */
@AnalysisSettings
public interface SynonymSettings {

	/** Solr-format rules ({@code 社保,社会保险}); replace the shipped list when not empty. */
	@ListSetting(path = "synonyms")
	List<String> synonyms();

	/** {@code a,b}: both ways (true), or both rewritten to the first term (false). */
	@BooleanSetting(path = "expand", defaultValue = true)
	boolean expand();

}
