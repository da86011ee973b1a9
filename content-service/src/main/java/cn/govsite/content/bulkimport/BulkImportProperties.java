package cn.govsite.content.bulkimport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of bulk import under {@code govsite.content.bulk-import}.
 *
 * @param maxFileSize the largest file accepted (the multipart limit must allow it)
 * @param maxRows the most rows one file may hold
 * @param batchSize rows written, published and reported per transaction
 */
@ConfigurationProperties("govsite.content.bulk-import")
public record BulkImportProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("20000") int maxRows,
		@DefaultValue("500") int batchSize) {

}
