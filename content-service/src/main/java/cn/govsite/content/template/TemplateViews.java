package cn.govsite.content.template;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the template endpoints take and answer. */
final class TemplateViews {

	private TemplateViews() {
	}

	/** A new version of a template. */
	record SaveRequest(@NotBlank @Size(max = TemplateGuard.MAX_CHARS) String source, @Size(max = 200) String note) {

	}

	/** One template of the site's set: live version (null: the platform default). */
	record Summary(String name, Integer activeVersion, boolean overridden, int versions) {

	}

	record Version(String name, int version, TemplateState state, String note, String createdBy, Instant createdAt,
			Instant activatedAt, String source) {

		static Version of(TemplateVersion row, boolean withSource) {
			return new Version(row.getName(), row.getVersion(), row.getState(), row.getNote(), row.getCreatedBy(),
					row.getCreatedAt(), row.getActivatedAt(), withSource ? row.getSource() : null);
		}

	}

	/** A template with the source it renders with now and its versions, newest first. */
	record Detail(String name, Integer activeVersion, boolean overridden, String source, List<Version> versions) {

	}

}
