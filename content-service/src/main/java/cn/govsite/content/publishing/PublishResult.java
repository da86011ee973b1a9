package cn.govsite.content.publishing;

import java.time.Instant;
import java.util.List;

import cn.govsite.content.article.ArticleState;

/**
 * What a publication wrote: the article's new state, its own page and the home page in
 * {@code files}, every other page it changed (column lists, site map) in
 * {@code alsoWritten}, pages it removed, and the render job recording all of it.
 */
record PublishResult(long articleId, ArticleState state, Instant publishedAt, String path, List<File> files,
		List<File> alsoWritten, List<String> removed, long jobId) {

	record File(String bucket, String objectKey, String sha256) {
	}

}
