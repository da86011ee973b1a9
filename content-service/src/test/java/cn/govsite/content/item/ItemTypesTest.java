package cn.govsite.content.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.ProblemType;
import cn.govsite.content.article.ArticleState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemTypesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ItemTypes types = new ItemTypes();

	@Test
	void aPolicyDocumentIsReadWithEveryField() {
		TypedContent typed = this.types.read("政策文件", tree(policy(Map.of())), List.of(), LocalDate.of(2026, 11, 2));
		assertThat(typed.type()).isEqualTo(ContentType.POLICY_DOCUMENT);
		PolicyDocumentFields document = (PolicyDocumentFields) typed.fields();
		assertThat(document.documentNumber()).isEqualTo("荷政发〔2026〕12号");
		assertThat(document.validity()).isEqualTo(PolicyDocumentFields.Validity.VALID);
		assertThat(document.interpretationRequired()).isTrue();
		assertThat(typed.occurredOn()).isEqualTo(LocalDate.of(2026, 11, 2));
		String stored = this.types.write(document);
		assertThat(this.types.readStored(ContentType.POLICY_DOCUMENT, stored)).isEqualTo(document);
	}

	@Test
	void missingAndWrongPolicyFieldsAreAllReportedInBothLanguages() {
		List<FieldViolation> problems = problems(
				() -> this.types.read("POLICY_DOCUMENT", tree(Map.of("issuingAuthority", "荷塘区人民政府", "writtenOn",
						"2026-11-02", "publishedOn", "2026-11-01", "validity", "VALID")), null, null));
		assertThat(problems).extracting(FieldViolation::field)
			.containsExactlyInAnyOrder("fields.documentNumber", "fields.topic", "fields.publishedOn");
		assertThat(problems).allSatisfy(p -> {
			assertThat(p.message().zh()).isNotBlank();
			assertThat(p.message().en()).isNotBlank().isNotEqualTo(p.message().zh());
		});
	}

	@Test
	void anUnknownTypeFieldOrValueIsRefused() {
		assertThat(problems(() -> this.types.read("PRESS_RELEASE", null, null, null))).extracting(FieldViolation::field)
			.containsExactly("type");
		assertThat(
				problems(() -> this.types.read("NOTICE", tree(Map.of("issuer", "区政府办", "colour", "red")), null, null)))
			.extracting(FieldViolation::field)
			.containsExactly("fields.colour");
		assertThat(problems(
				() -> this.types.read("POLICY_DOCUMENT", tree(policy(Map.of("validity", "MAYBE"))), null, null)))
			.extracting(FieldViolation::field)
			.containsExactly("fields.validity");
		assertThat(problems(() -> this.types.read("NOTICE", JSON.readTree("[1]"), null, null)))
			.extracting(FieldViolation::field)
			.containsExactly("fields");
	}

	@Test
	void aPlainArticleNeedsNoFieldsButMayNameItsEventKind() {
		assertThat(this.types.read(null, null, null, null).type()).isEqualTo(ContentType.ARTICLE);
		TypedContent urgent = this.types.read("ARTICLE", tree(Map.of("eventKind", "EMERGENCY")), null, null);
		assertThat(((ArticleFields) urgent.fields()).eventKind().urgent()).isTrue();
		assertThat(problems(() -> this.types.read("NOTICE", null, null, null))).extracting(FieldViolation::field)
			.containsExactly("fields.issuer");
	}

	@Test
	void aServiceGuideNeedsItsElementsAndFormsFromTheLibrary() {
		Map<String, Object> guide = guide(List.of(Map.of("name", "居民身份证", "required", true, "copies", 1),
				Map.of("name", "申请表", "required", true, "template", Map.of("assetId", 88, "purpose", "TEMPLATE"))));
		ServiceGuideFields fields = (ServiceGuideFields) this.types.read("SERVICE_GUIDE", tree(guide), null, null)
			.fields();
		assertThat(fields.materials()).hasSize(2);
		assertThat(fields.materials().get(1).template().assetId()).isEqualTo(88L);
		assertThat(fields.onlineLevel()).isEqualTo(ServiceGuideFields.OnlineLevel.ONLINE_APPLY);

		Map<String, Object> bad = guide(List.of(Map.of("name", "", "copies", 0),
				Map.of("name", "申请表", "template", Map.of("assetId", 88, "purpose", "IMAGE"))));
		bad.remove("fees");
		assertThat(problems(() -> this.types.read("SERVICE_GUIDE", tree(bad), null, null)))
			.extracting(FieldViolation::field)
			.containsExactlyInAnyOrder("fields.fees", "fields.materials[0].name", "fields.materials[0].copies",
					"fields.materials[1].template.purpose");
		Map<String, Object> none = guide(List.of());
		assertThat(problems(() -> this.types.read("SERVICE_GUIDE", tree(none), null, null)))
			.extracting(FieldViolation::field)
			.containsExactly("fields.materials");
	}

	@Test
	void attachmentsAreLibraryReferencesWithAPurpose() {
		TypedContent typed = this.types.read("LEADER_PROFILE",
				tree(Map.of("name", "张三", "title", "区长", "duties", "主持区政府全面工作")),
				List.of(new ResourceRef(7L, ResourceRef.Purpose.PHOTO, "标准照")), null);
		assertThat(typed.attachments()).containsExactly(new ResourceRef(7L, ResourceRef.Purpose.PHOTO, "标准照"));
		assertThat(this.types.readAttachments(this.types.writeAttachments(typed.attachments())))
			.isEqualTo(typed.attachments());
		assertThat(problems(() -> this.types.read("LINK", tree(Map.of("url", "https://www.gov.cn/")),
				java.util.Arrays.asList(new ResourceRef(null, ResourceRef.Purpose.IMAGE, null), null), null)))
			.extracting(FieldViolation::field)
			.containsExactlyInAnyOrder("attachments[0].assetId", "attachments[1]");
		assertThat(problems(() -> this.types.read("LINK", tree(Map.of("url", "javascript:alert(1)")), null, null)))
			.extracting(FieldViolation::field)
			.containsExactly("fields.url");
	}

	@Test
	void aDocumentNeedingAnInterpretationWaitsForOne() {
		PolicyDocumentFields required = (PolicyDocumentFields) this.types
			.read("POLICY_DOCUMENT", tree(policy(Map.of())), null, null)
			.fields();
		assertThatThrownBy(() -> PolicyLinks.requireInterpretation(required, List.of(), false)).isInstanceOfSatisfying(
				GovsiteException.class, ex -> assertThat(ex.type()).isEqualTo(PolicyLinks.INTERPRETATION_REQUIRED));
		assertThatThrownBy(() -> PolicyLinks.requireInterpretation(required, List.of(ArticleState.WITHDRAWN), false))
			.isInstanceOf(GovsiteException.class);
		PolicyLinks.requireInterpretation(required, List.of(ArticleState.SUBMITTED), false);
		assertThatThrownBy(() -> PolicyLinks.requireInterpretation(required, List.of(ArticleState.SUBMITTED), true))
			.isInstanceOf(GovsiteException.class);
		PolicyLinks.requireInterpretation(required, List.of(ArticleState.DRAFT, ArticleState.APPROVED), true);

		PolicyDocumentFields optional = (PolicyDocumentFields) this.types
			.read("POLICY_DOCUMENT", tree(policy(Map.of("interpretationRequired", false))), null, null)
			.fields();
		PolicyLinks.requireInterpretation(optional, List.of(), true);
	}

	@Test
	void everyTextOfTheFieldsIsListedByPathForTheChecks() {
		String stored = this.types.write(this.types
			.read("SERVICE_GUIDE", tree(guide(List.of(Map.of("name", "申请表", "note", "按装说明")))), null, null)
			.fields());
		Map<String, String> texts = this.types.texts(stored);
		assertThat(texts).containsEntry("conditions", "本区户籍居民")
			.containsEntry("materials[0].name", "申请表")
			.containsEntry("materials[0].note", "按装说明")
			.doesNotContainKey("materials[0].required");
		assertThat(this.types.texts(null)).isEmpty();
	}

	static Map<String, Object> policy(Map<String, Object> overrides) {
		Map<String, Object> fields = new java.util.LinkedHashMap<>(Map.of("documentNumber", "荷政发〔2026〕12号",
				"issuingAuthority", "荷塘区人民政府", "writtenOn", "2026-11-02", "publishedOn", "2026-11-05", "validity",
				"VALID", "topic", "城乡建设", "interpretationRequired", true));
		fields.putAll(overrides);
		return fields;
	}

	static Map<String, Object> guide(List<Map<String, Object>> materials) {
		Map<String, Object> fields = new java.util.LinkedHashMap<>();
		fields.put("basis", "《中华人民共和国居民身份证法》");
		fields.put("conditions", "本区户籍居民");
		fields.put("materials", materials);
		fields.put("process", "受理—审核—办结");
		fields.put("timeLimit", "5个工作日");
		fields.put("fees", "不收费");
		fields.put("office", "区政务服务中心一楼");
		fields.put("contacts", "0731-12345678");
		fields.put("onlineLevel", "ONLINE_APPLY");
		return fields;
	}

	private static JsonNode tree(Object value) {
		return JSON.valueToTree(value);
	}

	private static List<FieldViolation> problems(Runnable work) {
		try {
			work.run();
		}
		catch (GovsiteException ex) {
			assertThat(ex.type()).isEqualTo(ProblemType.VALIDATION);
			return ex.violations();
		}
		throw new AssertionError("expected a validation problem");
	}

}
