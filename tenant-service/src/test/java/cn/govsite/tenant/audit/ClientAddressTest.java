package cn.govsite.tenant.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

	@Test
	void theFirstForwardedAddressIsTheClient() {
		assertThat(ClientAddress.of("203.0.113.7, 10.0.0.2", "127.0.0.1")).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.of("2001:db8::1", "127.0.0.1")).isEqualTo("2001:db8::1");
	}

	@Test
	void withoutAUsableHeaderTheSocketPeerIsTheClient() {
		assertThat(ClientAddress.of(null, "127.0.0.1")).isEqualTo("127.0.0.1");
		assertThat(ClientAddress.of("<script>", "127.0.0.1")).isEqualTo("127.0.0.1");
		assertThat(ClientAddress.of(" ", "10.1.1.1")).isEqualTo("10.1.1.1");
	}

}
