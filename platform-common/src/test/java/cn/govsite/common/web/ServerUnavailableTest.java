package cn.govsite.common.web;

import java.io.IOException;
import java.net.ConnectException;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

import cn.govsite.common.storage.StorageException;

import static org.assertj.core.api.Assertions.assertThat;

class ServerUnavailableTest {

	@Test
	void aDownServerFoundAnywhereInTheCauseChainIsUnavailable() {
		assertThat(ServerUnavailable.causedBy(new StorageException(new ConnectException("refused")))).isTrue();
		assertThat(ServerUnavailable.causedBy(new IllegalStateException("wrapped",
				new CannotGetJdbcConnectionException("no connection", new java.sql.SQLException("down")))))
			.isTrue();
		assertThat(ServerUnavailable.causedBy(new RuntimeException(new RuntimeException(new ConnectException("x")))))
			.isTrue();
	}

	@Test
	void aBugIsNotUnavailability() {
		assertThat(ServerUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
		assertThat(ServerUnavailable.causedBy(new RuntimeException(new IOException("disk full")))).isFalse();
		assertThat(ServerUnavailable.describe(new IllegalStateException("bug"))).contains("bug");
	}

}
