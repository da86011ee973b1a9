package cn.govsite.content.feed;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;

@RestController
class FeedController {

	private final ColumnFeeds feeds;

	FeedController(ColumnFeeds feeds) {
		this.feeds = feeds;
	}

	@PostMapping("/feeds")
	@ResponseStatus(HttpStatus.CREATED)
	FeedView create(@AuthenticationPrincipal GovsitePrincipal principal, @Valid @RequestBody FeedRequest request) {
		return this.feeds.create(principal, request);
	}

	@GetMapping("/feeds")
	List<FeedView> list(@AuthenticationPrincipal GovsitePrincipal principal,
			@RequestParam(required = false) Long columnId) {
		return this.feeds.list(principal, columnId);
	}

	@GetMapping("/feeds/{id}")
	FeedView get(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return this.feeds.get(principal, id);
	}

	/**
	 * Edits a feed: column, kind, address, settings, interval, on/off; what it took
	 * stays.
	 */
	@PutMapping("/feeds/{id}")
	FeedView update(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody FeedRequest request) {
		return this.feeds.update(principal, id, request);
	}

	@DeleteMapping("/feeds/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		this.feeds.delete(principal, id);
	}

	/** Polls the feed now and answers what the poll did. */
	@PostMapping("/feeds/{id}/poll")
	PollResult poll(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id) {
		return this.feeds.pollNow(principal, id);
	}

}
