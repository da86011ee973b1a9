package cn.govsite.content.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.content.item.ContentType;

@RestController
class ArticleController {

	private final ArticleService articles;

	private final PolicyDocuments policies;

	ArticleController(ArticleService articles, PolicyDocuments policies) {
		this.articles = articles;
		this.policies = policies;
	}

	@PostMapping("/articles")
	@ResponseStatus(HttpStatus.CREATED)
	ArticleView create(@AuthenticationPrincipal GovsitePrincipal principal,
			@Valid @RequestBody CreateArticleRequest request) {
		return ArticleView.of(this.articles.create(principal, request));
	}

	@GetMapping("/articles/{id}")
	ArticleView get(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		Article article = this.articles.get(principal, id);
		return ArticleView.of(article, this.policies.linked(article));
	}

	@GetMapping("/articles")
	ArticleListView list(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestParam(required = false) Long columnId, @RequestParam(required = false) ArticleState state,
			@RequestParam(required = false) ContentType type, @RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		Page<Article> found = this.articles.list(principal, columnId, state, type, page, size);
		return new ArticleListView(found.getRecords().stream().map(ArticleView::of).toList(), found.getTotal(),
				found.getCurrent(), found.getSize());
	}

}
