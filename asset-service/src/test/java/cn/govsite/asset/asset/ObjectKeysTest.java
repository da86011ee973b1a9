package cn.govsite.asset.asset;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectKeysTest {

	@Test
	void keysAreSiteYearMonthAndARandomId() {
		UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
		assertThat(ObjectKeys.of("jyj", Instant.parse("2026-01-31T23:30:00Z"), id))
			.isEqualTo("jyj/2026/01/123e4567-e89b-12d3-a456-426614174000");
	}

}
