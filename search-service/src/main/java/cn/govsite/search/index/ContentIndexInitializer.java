package cn.govsite.search.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the content index at startup when it is missing. The service still starts when
 * Elasticsearch is down: searches answer 503 and the index is created on the first write
 * or search once the cluster is back.
 */
@Component
class ContentIndexInitializer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ContentIndexInitializer.class);

	private final SearchIndex index;

	ContentIndexInitializer(SearchIndex index) {
		this.index = index;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			this.index.ensureReady();
		}
		catch (RuntimeException ex) {
			log.warn("Content index not ready at startup; it is created on first use: {}", ex.getMessage());
		}
	}

}
