package cn.govsite.content.migration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of site migration under {@code govsite.content.migration}.
 *
 * @param concurrency requests to the old site at once (polite crawling)
 * @param pause pause after each batch of requests
 * @param connectTimeout connecting to the old site
 * @param readTimeout waiting for one answer
 * @param maxPageSize larger pages are not read
 * @param maxFileSize larger images and attachments are not downloaded
 * @param previewPages a dry run stops after this many URLs
 * @param pollInterval how often queued jobs are looked for
 * @param staleAfter a running job without a heartbeat for this long is resumed
 * @param allowPrivateAddresses whether the old site may be on a loopback or private
 * address (off: a site admin cannot make the platform fetch its own internal services)
 */
@ConfigurationProperties("govsite.content.migration")
public record MigrationProperties(@DefaultValue("4") int concurrency, @DefaultValue("200ms") Duration pause,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration readTimeout,
		@DefaultValue("5MB") DataSize maxPageSize, @DefaultValue("50MB") DataSize maxFileSize,
		@DefaultValue("300") int previewPages, @DefaultValue("2s") Duration pollInterval,
		@DefaultValue("2m") Duration staleAfter, @DefaultValue("false") boolean allowPrivateAddresses) {

}
