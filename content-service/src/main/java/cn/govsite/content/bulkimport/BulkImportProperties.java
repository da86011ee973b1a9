package cn.govsite.content.bulkimport;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of bulk import under {@code govsite.content.bulk-import}.
 *
 * @param maxFileSize the largest file accepted (the multipart limit must allow it)
 * @param maxRows the most rows one file may hold
 * @param batchSize rows written, published and reported per transaction
 * @param staleAfter a running import without a heartbeat (one per batch) for this long,
 * or one queued this long, was abandoned by a stopped replica and is resumed by another;
 * well above the time of one batch under load (about a minute for 500 rows)
 * @param resumeInterval how often abandoned imports are looked for
 */
@ConfigurationProperties("govsite.content.bulk-import")
public record BulkImportProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("20000") int maxRows,
		@DefaultValue("500") int batchSize, @DefaultValue("10m") Duration staleAfter,
		@DefaultValue("30s") Duration resumeInterval) {

}
