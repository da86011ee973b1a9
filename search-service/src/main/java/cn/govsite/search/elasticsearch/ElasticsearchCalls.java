package cn.govsite.search.elasticsearch;

import java.io.IOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * Runs a call to Elasticsearch and turns "the cluster is not there or not ready" into a
 * 503 problem, so citizens see a clear answer and event consumers retry. Other failures
 * (a bad request is a bug of ours) pass through and are logged as such.
 */
public final class ElasticsearchCalls {

	private static final Logger log = LoggerFactory.getLogger(ElasticsearchCalls.class);

	private ElasticsearchCalls() {
	}

	public static <T> T call(String what, ElasticsearchCall<T> call) {
		try {
			return call.run();
		}
		catch (IOException ex) {
			log.warn("Elasticsearch is not reachable ({}): {}", what, ex.toString());
			throw unavailable();
		}
		catch (ElasticsearchException ex) {
			if (ex.status() >= 500 || "index_not_found_exception".equals(ex.error().type())) {
				log.warn("Elasticsearch is not ready ({}): {}", what, ex.getMessage());
				throw unavailable();
			}
			throw ex;
		}
	}

	public static GovsiteException unavailable() {
		return new GovsiteException(ProblemType.SERVICE_UNAVAILABLE,
				Message.of("搜索服务暂时不可用，请稍后再试", "Search is temporarily unavailable; try again later"));
	}

	/** A call of the Elasticsearch client, which declares {@link IOException}. */
	@FunctionalInterface
	public interface ElasticsearchCall<T> {

		T run() throws IOException;

	}

}
