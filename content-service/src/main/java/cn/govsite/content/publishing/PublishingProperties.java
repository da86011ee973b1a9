package cn.govsite.content.publishing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of static publishing under {@code govsite.content.publishing}.
 *
 * @param listPageSize articles per page of a column's list
 * @param homeBlocks how many top-level columns get a block on the home page
 * @param homeBlockSize articles per home-page block
 * @param republishBatch pages a site republish renders per transaction
 * @param republishPause pause between batches, so a republish leaves room for editors'
 * publishing (throttling)
 * @param jobPollInterval how often queued render jobs are looked for
 * @param jobStaleAfter a running job not advanced for this long is resumed by another
 * runner
 * @param tamperCheckInterval how often stored pages are compared with their hashes
 * @param tamperCheckBatch files compared per round
 * @param storeConcurrency pages a batch writes to object storage at once
 */
@ConfigurationProperties("govsite.content.publishing")
public record PublishingProperties(@DefaultValue("20") int listPageSize, @DefaultValue("6") int homeBlocks,
		@DefaultValue("8") int homeBlockSize, @DefaultValue("20") int republishBatch,
		@DefaultValue("20ms") Duration republishPause, @DefaultValue("2s") Duration jobPollInterval,
		@DefaultValue("2m") Duration jobStaleAfter, @DefaultValue("5m") Duration tamperCheckInterval,
		@DefaultValue("500") int tamperCheckBatch, @DefaultValue("16") int storeConcurrency) {

}
