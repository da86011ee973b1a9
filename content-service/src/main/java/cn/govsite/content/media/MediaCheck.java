package cn.govsite.content.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.Message;
import cn.govsite.content.item.ResourceRef;
import cn.govsite.content.item.ServiceGuideFields;
import cn.govsite.content.item.TypeFields;
import cn.govsite.content.media.MediaReferences.Offending;
import cn.govsite.content.media.MediaReferences.Reason;

/**
 * 入库检查 — the rule 先入库、后使用 applied to an item before it is saved or published: every
 * medium its body embeds and every resource its attachments or forms name must be a
 * library resource the site may use. Everything wrong is reported at once, element by
 * element, so the editor fixes the item in one pass.
 */
public final class MediaCheck {

	private final Library library;

	public MediaCheck(Library library) {
		this.library = library;
	}

	/**
	 * The library resources the item uses, or a {@code media-not-in-library} problem
	 * listing each offending element and reference. Asks the library only when there are
	 * ids to ask about.
	 */
	public SortedSet<Long> require(String body, List<Reference> references) {
		MediaReferences.Scan scan = MediaReferences.scan(body);
		SortedSet<Long> ids = new TreeSet<>(scan.assetIds());
		references.forEach(ref -> ids.add(ref.assetId()));
		Map<Long, Reason> refused = ids.isEmpty() ? Map.of() : this.library.refused(ids);
		List<FieldViolation> violations = new ArrayList<>();
		scan.offending().forEach(offending -> violations.add(offending.violation()));
		for (MediaReferences.Embed embed : scan.embeds()) {
			Reason reason = refused.get(embed.assetId());
			if (reason != null) {
				violations.add(new Offending(embed.element(), embed.attribute(), embed.value(), reason).violation());
			}
		}
		for (Reference ref : references) {
			Reason reason = refused.get(ref.assetId());
			if (reason != null) {
				violations.add(new FieldViolation(ref.field(), Message.of("资源 " + ref.assetId() + "：" + reason.zh(),
						"Asset " + ref.assetId() + ": " + reason.en())));
			}
		}
		if (!violations.isEmpty()) {
			throw MediaReferences.refusal(violations);
		}
		return ids;
	}

	/**
	 * The library references of an item outside its body (attachments, a service guide's
	 * blank forms), each with the request field that holds it.
	 */
	public static List<Reference> references(List<ResourceRef> attachments, TypeFields fields) {
		List<Reference> references = new ArrayList<>();
		for (int i = 0; i < attachments.size(); i++) {
			references.add(new Reference("attachments[" + i + "].assetId", attachments.get(i).assetId()));
		}
		if (fields instanceof ServiceGuideFields guide && guide.materials() != null) {
			for (int i = 0; i < guide.materials().size(); i++) {
				ResourceRef template = guide.materials().get(i).template();
				if (template != null) {
					references.add(new Reference("fields.materials[" + i + "].template.assetId", template.assetId()));
				}
			}
		}
		return references;
	}

	/** A resource named outside the body, and where. */
	public record Reference(String field, long assetId) {

	}

	/** The resource library as the site sees it. */
	@FunctionalInterface
	public interface Library {

		/**
		 * Which of the ids the request's site may not use, and why; ids missing from the
		 * answer are usable.
		 */
		Map<Long, Reason> refused(SortedSet<Long> ids);

	}

}
