package cn.govsite.common.web;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.web.client.ResourceAccessException;

import cn.govsite.common.storage.StorageException;

/**
 * Tells a failure caused by a server being down or too slow (database, Redis, object
 * store, Keycloak, another service) from a bug: the first is a 503 the client may retry,
 * the second a 500. Libraries wrap these causes differently, so the whole cause chain is
 * read.
 */
final class ServerUnavailable {

	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private ServerUnavailable() {
	}

	static boolean causedBy(Throwable failure) {
		return unavailableCause(failure) != null;
	}

	static String describe(Throwable failure) {
		Throwable cause = unavailableCause(failure);
		return (cause != null) ? cause.getClass().getSimpleName() + ": " + cause.getMessage() : failure.toString();
	}

	private static Throwable unavailableCause(Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
			if (cause instanceof StorageException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof QueryTimeoutException || cause instanceof ResourceAccessException
					|| cause instanceof ConnectException || cause instanceof SocketTimeoutException
					|| cause instanceof HttpConnectTimeoutException) {
				return cause;
			}
		}
		return null;
	}

}
