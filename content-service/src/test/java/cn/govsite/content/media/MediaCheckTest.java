package cn.govsite.content.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.junit.jupiter.api.Test;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.content.item.ResourceRef;
import cn.govsite.content.item.ResourceRef.Purpose;
import cn.govsite.content.item.ServiceGuideFields;
import cn.govsite.content.item.ServiceGuideFields.Material;
import cn.govsite.content.item.ServiceGuideFields.OnlineLevel;
import cn.govsite.content.media.MediaReferences.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediaCheckTest {

	private final List<SortedSet<Long>> asked = new ArrayList<>();

	@Test
	void usableMediaPassAndTheirIdsAreReturned() {
		MediaCheck check = new MediaCheck(ids -> {
			this.asked.add(ids);
			return Map.of();
		});
		SortedSet<Long> used = check.require("<p>会场</p><img src=\"/assets/12/content\" alt=\"会场\">",
				MediaCheck.references(List.of(new ResourceRef(30L, Purpose.ATTACHMENT, "附件")), null));
		assertThat(used).containsExactly(12L, 30L);
		assertThat(this.asked).containsExactly(used);
	}

	@Test
	void withoutIdsTheLibraryIsNotAsked() {
		MediaCheck check = new MediaCheck(ids -> {
			throw new AssertionError("asked about " + ids);
		});
		assertThat(check.require("纯文本正文。", List.of())).isEmpty();
		assertThatThrownBy(() -> check.require("<img src=\"https://x.example.com/a.jpg\">", List.of()))
			.isInstanceOf(GovsiteException.class);
	}

	@Test
	void aServiceGuidesBlankFormsAreLibraryReferencesToo() {
		ServiceGuideFields guide = new ServiceGuideFields("依据", "条件",
				List.of(new Material("身份证", true, 1, null, null),
						new Material("申请表", true, 1, new ResourceRef(50L, Purpose.TEMPLATE, null), null)),
				"流程", "5个工作日", "不收费", "政务服务中心", "0731-12345678", OnlineLevel.DOWNLOAD, null);
		assertThat(MediaCheck.references(List.of(), guide))
			.containsExactly(new MediaCheck.Reference("fields.materials[1].template.assetId", 50L));
	}

	@Test
	void everyOffendingElementAndAttachmentIsListedAtOnce() {
		MediaCheck check = new MediaCheck(
				ids -> Map.of(13L, Reason.NOT_FOUND, 14L, Reason.RIGHTS_EXPIRED, 31L, Reason.NOT_REGISTERED));
		String body = """
				<img src="https://img.example.com/a.jpg">
				<img src="data:image/png;base64,AAAA">
				<img src="/assets/12/content">
				<img src="/assets/13/content">
				<video poster="/assets/14/variants/640"></video>
				""";
		assertThatThrownBy(() -> check.require(body,
				MediaCheck.references(List.of(new ResourceRef(30L, Purpose.ATTACHMENT, null),
						new ResourceRef(31L, Purpose.IMAGE, null)), null)))
			.isInstanceOfSatisfying(GovsiteException.class, ex -> {
				assertThat(ex.type()).isEqualTo(MediaReferences.NOT_IN_LIBRARY);
				assertThat(ex.type().status().value()).isEqualTo(422);
				assertThat(ex.violations()).extracting(FieldViolation::field)
					.containsExactly("body", "body", "body", "body", "attachments[1].assetId");
				assertThat(ex.violations().get(0).message().en())
					.contains("<img src=\"https://img.example.com/a.jpg\">")
					.contains("external");
				assertThat(ex.violations().get(1).message().zh()).contains("data:");
				assertThat(ex.violations().get(2).message().zh()).contains("/assets/13/content").contains("未共享");
				assertThat(ex.violations().get(3).message().en()).contains("<video poster=\"/assets/14/variants/640\">")
					.contains("licence has expired");
				assertThat(ex.violations().get(4).message().en()).contains("Asset 31").contains("not registered");
			});
	}

}
