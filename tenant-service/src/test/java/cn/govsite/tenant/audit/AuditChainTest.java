package cn.govsite.tenant.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

	static final AuditEntry ENTRY = new AuditEntry(7, "u1-operator", "jyj", "POST /sites/{code}/transitions",
			"/sites/jyj/transitions", 201, "203.0.113.7", "req-1", Instant.parse("2026-11-30T08:00:00Z"));

	@Test
	void theHashCoversEveryFieldAndThePreviousHash() {
		String hash = AuditChain.hash(AuditChain.GENESIS, ENTRY);
		assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
		assertThat(AuditChain.hash(AuditChain.GENESIS, ENTRY)).isEqualTo(hash);
		assertThat(AuditChain.hash(hash, ENTRY)).isNotEqualTo(hash);
		assertThat(AuditChain.hash(AuditChain.GENESIS, with(ENTRY.actor() + "x", ENTRY.siteCode(), 201)))
			.isNotEqualTo(hash);
		assertThat(AuditChain.hash(AuditChain.GENESIS, with(ENTRY.actor(), null, 201))).isNotEqualTo(hash);
		assertThat(AuditChain.hash(AuditChain.GENESIS, with(ENTRY.actor(), ENTRY.siteCode(), 403))).isNotEqualTo(hash);
		AuditEntry later = new AuditEntry(7, ENTRY.actor(), ENTRY.siteCode(), ENTRY.action(), ENTRY.target(), 201,
				ENTRY.clientIp(), ENTRY.requestId(), ENTRY.occurredAt().plusSeconds(1));
		assertThat(AuditChain.hash(AuditChain.GENESIS, later)).isNotEqualTo(hash);
	}

	@Test
	void anEmptyFieldAndAMissingOneHashDifferently() {
		assertThat(AuditChain.hash(AuditChain.GENESIS, with("a", "", 201)))
			.isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, with("a", null, 201)));
	}

	@Test
	void theIdIsNotPartOfTheHashBecauseItIsKnownOnlyAfterTheInsert() {
		AuditEntry sameButId = new AuditEntry(8, ENTRY.actor(), ENTRY.siteCode(), ENTRY.action(), ENTRY.target(),
				ENTRY.outcome(), ENTRY.clientIp(), ENTRY.requestId(), ENTRY.occurredAt());
		assertThat(AuditChain.hash(AuditChain.GENESIS, sameButId))
			.isEqualTo(AuditChain.hash(AuditChain.GENESIS, ENTRY));
	}

	@Test
	void csvQuotesSeparatorsAndDefusesFormulas() {
		assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
		assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(AuditCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(AuditCsv.cell(null)).isEmpty();
		assertThat(AuditCsv.line(ENTRY)).isEqualTo(
				"7,2026-11-30T08:00:00Z,u1-operator,jyj,POST /sites/{code}/transitions,/sites/jyj/transitions,201,203.0.113.7,req-1\r\n");
	}

	private static AuditEntry with(String actor, String site, int outcome) {
		return new AuditEntry(7, actor, site, ENTRY.action(), ENTRY.target(), outcome, ENTRY.clientIp(),
				ENTRY.requestId(), ENTRY.occurredAt());
	}

}
