package cn.govsite.content.feed;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A feed of a column: where, what kind, how to read it, how often (minutes) and whether
 * it is polled ({@code enabled}, default on). The same body creates and edits a feed.
 */
record FeedRequest(@NotNull @Positive Long columnId, @NotNull FeedKind kind, @NotBlank @Size(max = 1000) String url,
		@Valid FeedSettings settings, @Min(1) @Max(10080) Integer intervalMinutes, Boolean enabled) {

}
