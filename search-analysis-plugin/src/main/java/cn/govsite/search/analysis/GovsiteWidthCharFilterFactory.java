package cn.govsite.search.analysis;

import java.io.Reader;

import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/**
 * Char filter {@code govsite_width}: full-width ASCII to half-width (ＡＢＣ１２３ to ABC123)
 * before segmentation, so that the segmenter sees the same characters whichever width a
 * citizen typed.
 */
@NamedComponent(GovsiteWidthCharFilterFactory.NAME)
public class GovsiteWidthCharFilterFactory implements CharFilterFactory {

	public static final String NAME = "govsite_width";

	@Override
	public Reader create(Reader reader) {
		return GovsiteAnalysis.widthChars(reader);
	}

	@Override
	public Reader normalize(Reader reader) {
		return GovsiteAnalysis.widthChars(reader);
	}

}
