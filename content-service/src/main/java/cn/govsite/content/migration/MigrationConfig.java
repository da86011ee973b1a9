package cn.govsite.content.migration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.content.article.ArticleMapper;
import cn.govsite.content.article.ArticleService;
import cn.govsite.content.column.ColumnService;
import cn.govsite.content.publishing.ImportedItems;

/** Wires what a real migration run writes through. */
@Configuration(proxyBeanMethods = false)
class MigrationConfig {

	@Bean
	SiteTarget.Services migrationServices(ArticleService articles, ArticleMapper articleRows, ColumnService columns,
			AssetLibrary library, RedirectStore redirects, ImportedItems published, TransactionTemplate transactions) {
		return new SiteTarget.Services(articles, articleRows, columns, library, redirects, published, transactions);
	}

}
