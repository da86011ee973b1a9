package cn.govsite.gateway.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request bodies the gateway lets through, under
 * {@code govsite.gateway.body}. Services parse JSON bodies whole, so the limit belongs at
 * the edge, before anything is read into memory.
 *
 * @param max every request except uploads to the resource library (an article's body is
 * at most 200,000 characters)
 * @param maxUpload requests to {@code /api/asset/**} (asset-service takes files up to 50
 * MB in one request; larger ones go in parts) and bulk import uploads
 * ({@code /api/content/imports}, which content-service limits to 10 MB itself)
 * @param maxRestore site backups restored through {@code /api/*&#47;backups/restore} (the
 * library's part carries the site's files)
 */
@ConfigurationProperties("govsite.gateway.body")
public record BodyLimits(@DefaultValue("2MB") DataSize max, @DefaultValue("64MB") DataSize maxUpload,
		@DefaultValue("2GB") DataSize maxRestore) {

	long limitFor(String path) {
		if (path.startsWith("/api/") && path.endsWith("/backups/restore")) {
			return this.maxRestore.toBytes();
		}
		boolean upload = path.startsWith("/api/asset/") || path.equals("/api/content/imports");
		return (upload ? this.maxUpload : this.max).toBytes();
	}

}
