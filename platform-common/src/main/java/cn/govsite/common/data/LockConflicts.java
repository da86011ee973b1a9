package cn.govsite.common.data;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Runs a transaction again when the database chose it as a deadlock victim or it waited
 * too long for a lock (InnoDB rolls such a transaction back whole, so running it again is
 * safe). Wrap the call <em>outside</em> the transaction, so each attempt is a new one. If
 * every attempt loses, the last failure goes up and is answered as a 503 problem with
 * {@code Retry-After} ({@code ProblemDetailsAdvice}).
 */
public final class LockConflicts {

	private static final Logger log = LoggerFactory.getLogger(LockConflicts.class);

	static final int ATTEMPTS = 4;

	private LockConflicts() {
	}

	public static <T> T retry(Supplier<T> transaction) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.get();
			}
			catch (PessimisticLockingFailureException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
				log.info("Lock conflict (attempt {} of {}), running the transaction again: {}", attempt, ATTEMPTS,
						ex.getMostSpecificCause().getMessage());
				pause(attempt);
			}
		}
	}

	/** A short random pause that grows, so two victims do not collide again at once. */
	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while retrying a lock conflict", ex);
		}
	}

}
