package cn.govsite.content.article;

import java.util.List;

/** One page of a site's articles, newest first. */
record ArticleListView(List<ArticleView> items, long total, long page, long size) {

}
