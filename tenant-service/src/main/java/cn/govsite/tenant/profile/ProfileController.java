package cn.govsite.tenant.profile;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.govsite.common.security.GovsitePrincipal;

/** A site's identity, units and contacts, and the record of their changes. */
@RestController
@RequestMapping("/sites/{code}")
class ProfileController {

	private final ProfileService profiles;

	ProfileController(ProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/profile")
	SiteProfile get(@PathVariable String code, @AuthenticationPrincipal GovsitePrincipal principal) {
		return this.profiles.get(code, principal);
	}

	@PutMapping("/profile")
	Updated put(@PathVariable String code, @Valid @RequestBody ProfileBody body,
			@AuthenticationPrincipal GovsitePrincipal principal) {
		SiteProfile profile = body.toProfile();
		SiteChange change = this.profiles.update(code, profile, principal);
		return new Updated(profile, (change != null) ? ChangeView.of(change) : null);
	}

	@GetMapping("/changes")
	List<ChangeView> changes(@PathVariable String code, @AuthenticationPrincipal GovsitePrincipal principal) {
		return this.profiles.changes(code, principal).stream().map(ChangeView::of).toList();
	}

	/** The profile as stored, and the change it made ({@code null}: nothing changed). */
	record Updated(SiteProfile profile, ChangeView change) {
	}

	record ChangeView(long id, List<String> fields, String changedBy, Instant changedAt, Instant reportDue,
			Instant reportedAt) {

		static ChangeView of(SiteChange change) {
			return new ChangeView(change.getId(), Arrays.asList(change.getFields().split(",")), change.getChangedBy(),
					change.getChangedAt(), change.getReportDue(), change.getReportedAt());
		}

	}

}
