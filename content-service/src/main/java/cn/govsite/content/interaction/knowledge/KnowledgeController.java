package cn.govsite.content.interaction.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.content.interaction.SubmissionRateLimit;

/** The knowledge base: staff curation ({@code /knowledge}) and the public side. */
@RestController
class KnowledgeController {

	private final KnowledgeService knowledge;

	KnowledgeController(KnowledgeService knowledge) {
		this.knowledge = knowledge;
	}

	@PostMapping("/knowledge")
	@ResponseStatus(HttpStatus.CREATED)
	EntryView create(@AuthenticationPrincipal GovsitePrincipal principal, @Valid @RequestBody EntryRequest request) {
		return EntryView.of(this.knowledge.create(principal, request.topic(), request.question(), request.answer()));
	}

	@PostMapping("/knowledge/from-message/{messageId}")
	@ResponseStatus(HttpStatus.CREATED)
	EntryView fromMessage(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long messageId,
			@Valid @RequestBody EntryRequest request) {
		return EntryView.of(this.knowledge.fromMessage(principal, messageId, request.topic(), request.question(),
				request.answer()));
	}

	@PutMapping("/knowledge/{id}")
	EntryView update(@AuthenticationPrincipal GovsitePrincipal principal, @PathVariable long id,
			@Valid @RequestBody UpdateRequest request) {
		return EntryView.of(this.knowledge.update(principal, id, request.topic(), request.question(), request.answer(),
				request.archived()));
	}

	@GetMapping("/knowledge")
	List<EntryView> all(@AuthenticationPrincipal GovsitePrincipal principal) {
		return this.knowledge.all(principal).stream().map(EntryView::of).toList();
	}

	@GetMapping("/public/knowledge")
	List<EntryView> popular(@RequestParam(required = false) @Size(max = 50) String topic,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.knowledge.popular(topic, size).stream().map(EntryView::of).toList();
	}

	@GetMapping("/public/knowledge/topics")
	Map<String, Long> topics() {
		return this.knowledge.topics();
	}

	@GetMapping("/public/knowledge/suggest")
	List<EntryView> suggest(@RequestParam @Size(max = 200) String q,
			@RequestParam(defaultValue = "5") @Min(1) @Max(20) int size) {
		return this.knowledge.suggest(q, size).stream().map(EntryView::of).toList();
	}

	@GetMapping("/public/knowledge/{id}")
	EntryView read(@PathVariable long id) {
		return EntryView.of(this.knowledge.read(id));
	}

	@PostMapping("/public/knowledge/{id}/helpful")
	EntryView helpful(@PathVariable long id, HttpServletRequest http) {
		return EntryView.of(this.knowledge.helpful(id, SubmissionRateLimit.client(http)));
	}

	record EntryRequest(@NotNull @Size(max = 50) String topic, @Size(max = 400) String question,
			@Size(max = 20_000) String answer) {

	}

	record UpdateRequest(@Size(max = 50) String topic, @Size(max = 400) String question,
			@Size(max = 20_000) String answer, Boolean archived) {

	}

	record EntryView(long id, String topic, String question, String answer, boolean archived, int views, int helpful,
			Long sourceMessageId, Instant updatedAt) {

		static EntryView of(KnowledgeEntry e) {
			return new EntryView(e.getId(), e.getTopic(), e.getQuestion(), e.getAnswer(),
					Boolean.TRUE.equals(e.getArchived()), e.getViews(), e.getHelpful(), e.getSourceMessageId(),
					e.getUpdatedAt());
		}

	}

}
