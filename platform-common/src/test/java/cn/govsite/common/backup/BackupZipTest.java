package cn.govsite.common.backup;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import cn.govsite.common.error.GovsiteException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupZipTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static byte[] archive() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("manifest.json", "{}".getBytes(StandardCharsets.UTF_8));
		entries.put("tenant/data.json",
				JSON.writeValueAsBytes(BackupPart.of("tenant", 7, "jyj",
						List.of(new BackupPart.TableRows("site", List.of("id", "code"), List.of(List.of(7, "jyj")))),
						List.of())));
		byte[] noise = new byte[20_000];
		new java.util.Random(1).nextBytes(noise);
		entries.put("asset/objects/sha256/ab/ab", noise);
		return BackupZip.write(entries);
	}

	@Test
	void aServiceReadsOnlyItsOwnPart() {
		Map<String, byte[]> read = BackupZip.read(new ByteArrayInputStream(archive()), "tenant", 1 << 20);

		assertThat(read).containsOnlyKeys("tenant/data.json");
		BackupPart part = BackupPart.read(read, "tenant", JSON);
		assertThat(part.siteId()).isEqualTo(7);
		assertThat(part.tables().get(0).rows()).hasSize(1);
	}

	@Test
	void aTruncatedArchiveIsRefusedWhereverItIsCut() {
		byte[] whole = archive();
		for (int length : new int[] { 0, 10, whole.length / 2, whole.length - 10 }) {
			assertThatThrownBy(
					() -> BackupZip.read(new ByteArrayInputStream(Arrays.copyOf(whole, length)), "tenant", 1 << 20))
				.isInstanceOfSatisfying(GovsiteException.class,
						ex -> assertThat(ex.type()).isEqualTo(BackupProblems.INVALID));
		}
	}

	@Test
	void aDamagedEntryOfAnotherServiceIsRefusedToo() {
		byte[] damaged = archive();
		damaged[damaged.length / 2] ^= 0x5A;

		assertThatThrownBy(() -> BackupZip.read(new ByteArrayInputStream(damaged), "tenant", 1 << 20))
			.isInstanceOfSatisfying(GovsiteException.class,
					ex -> assertThat(ex.type()).isEqualTo(BackupProblems.INVALID));
	}

	@Test
	void anArchiveUnpackingBeyondTheLimitIsRefused() {
		assertThatThrownBy(() -> BackupZip.read(new ByteArrayInputStream(archive()), "tenant", 1000))
			.isInstanceOf(GovsiteException.class)
			.hasMessageContaining("more than 1000 bytes");
	}

	@Test
	void aPartOfAnotherFormatOrServiceIsRefused() {
		Map<String, byte[]> wrongService = Map.of("tenant/data.json",
				JSON.writeValueAsBytes(BackupPart.of("content", 7, "jyj", List.of(), List.of())));
		Map<String, byte[]> notJson = Map.of("tenant/data.json", "{not json".getBytes(StandardCharsets.UTF_8));
		Map<String, byte[]> shortRow = Map.of("tenant/data.json",
				JSON.writeValueAsBytes(BackupPart.of("tenant", 7, "jyj",
						List.of(new BackupPart.TableRows("site", List.of("id", "code"), List.of(List.of(7)))),
						List.of())));

		for (Map<String, byte[]> bad : List.of(wrongService, notJson, shortRow, Map.<String, byte[]>of())) {
			assertThatThrownBy(() -> BackupPart.read(bad, "tenant", JSON)).isInstanceOfSatisfying(
					GovsiteException.class, ex -> assertThat(ex.type()).isEqualTo(BackupProblems.INVALID));
		}
	}

}
