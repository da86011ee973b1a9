package cn.govsite.content.publishing;

import java.time.Instant;
import java.util.List;

import cn.govsite.content.article.ArticleState;

/** What a publication wrote: the article's new state and each file with its hash. */
record PublishResult(long articleId, ArticleState state, Instant publishedAt, String path, List<File> files) {

	record File(String bucket, String objectKey, String sha256) {
	}

}
