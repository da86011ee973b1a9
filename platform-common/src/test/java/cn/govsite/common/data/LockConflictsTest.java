package cn.govsite.common.data;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LockConflictsTest {

	@Test
	void aDeadlockVictimRunsAgainAndSucceeds() {
		AtomicInteger calls = new AtomicInteger();
		String result = LockConflicts.retry(() -> {
			if (calls.incrementAndGet() < 3) {
				throw new PessimisticLockingFailureException("Deadlock found when trying to get lock");
			}
			return "approved";
		});
		assertThat(result).isEqualTo("approved");
		assertThat(calls).hasValue(3);
	}

	@Test
	void givesUpAfterItsAttemptsWithTheLastFailure() {
		AtomicInteger calls = new AtomicInteger();
		assertThatThrownBy(() -> LockConflicts.retry(() -> {
			calls.incrementAndGet();
			throw new CannotAcquireLockException("Lock wait timeout exceeded");
		})).isInstanceOf(CannotAcquireLockException.class);
		assertThat(calls).hasValue(LockConflicts.ATTEMPTS);
	}

	@Test
	void otherFailuresAreNotRetried() {
		AtomicInteger calls = new AtomicInteger();
		assertThatThrownBy(() -> LockConflicts.retry(() -> {
			calls.incrementAndGet();
			throw new DataIntegrityViolationException("Duplicate entry");
		})).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(calls).hasValue(1);
	}

}
