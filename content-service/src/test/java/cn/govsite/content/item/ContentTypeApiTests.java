package cn.govsite.content.item;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typed items (notices, policy documents and their interpretations, guides…) over HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentTypeApiTests extends ContentIntegrationTest {

	private TestSite siteA;

	private TestSite siteB;

	private String editorA;

	private String reviewerA;

	private String editorB;

	@Autowired
	private ObjectStorage storage;

	@Autowired
	private StorageProperties storageProperties;

	private long columnA;

	private long columnB;

	@BeforeAll
	void sites() {
		this.siteA = siteFromEvent("荷塘区人民政府");
		this.siteB = siteFromEvent("石峰区人民政府");
		this.editorA = userWith(this.siteA, "editor");
		this.reviewerA = userWith(this.siteA, "reviewer");
		this.editorB = userWith(this.siteB, "editor");
		this.columnA = column(this.editorA, this.siteA, "政策文件");
		this.columnB = column(this.editorB, this.siteB, "政策文件");
		// The library resources the items below refer to (先入库、后使用).
		for (long asset : new long[] { 9, 12, 41 }) {
			ASSET_SERVICE.usable(this.siteA.ref().id(), asset);
		}
	}

	@Test
	void aPolicyDocumentKeepsItsFieldsAndAnEditKeepsThemUnlessSent() {
		Response created = create(this.editorA, this.siteA, this.columnA, "关于加强城市管理的通知", "POLICY_DOCUMENT",
				ItemTypesTest.policy(Map.of("interpretationRequired", false)),
				List.of(Map.of("assetId", 41, "purpose", "ATTACHMENT", "caption", "文件原件")));
		assertThat(created.status()).isEqualTo(201);
		JsonNode item = created.json();
		assertThat(item.get("type").asString()).isEqualTo("POLICY_DOCUMENT");
		assertThat(item.get("typeLabel").asString()).isEqualTo("政策文件");
		assertThat(item.get("fields").get("documentNumber").asString()).isEqualTo("荷政发〔2026〕12号");
		assertThat(item.get("fields").get("validity").asString()).isEqualTo("VALID");
		assertThat(item.get("attachments").get(0).get("assetId").asLong()).isEqualTo(41);
		assertThat(item.get("attachments").get(0).get("purpose").asString()).isEqualTo("ATTACHMENT");
		long id = item.get("id").asLong();

		Response edited = api().put("/articles/" + id, this.editorA, this.siteA.ref(),
				Map.of("title", "关于加强城市管理的通知", "body", "正文（修订）。"));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.json().get("fields").get("documentNumber").asString()).isEqualTo("荷政发〔2026〕12号");
		assertThat(edited.json().get("attachments")).hasSize(1);

		Response abolished = api().put("/articles/" + id, this.editorA, this.siteA.ref(),
				Map.of("title", "关于加强城市管理的通知", "body", "正文。", "fields",
						ItemTypesTest.policy(Map.of("validity", "ABOLISHED", "validityChangedOn", "2026-11-20"))));
		assertThat(abolished.json().get("fields").get("validity").asString()).isEqualTo("ABOLISHED");

		Response retyped = api().put("/articles/" + id, this.editorA, this.siteA.ref(),
				Map.of("title", "改成通知", "body", "正文。", "type", "NOTICE", "fields", Map.of("issuer", "区政府办")));
		assertThat(retyped.status()).isEqualTo(400);
		assertThat(retyped.errorFields()).containsExactly("type");

		JsonNode listed = api().get("/articles?type=POLICY_DOCUMENT", this.editorA, this.siteA.ref()).json();
		assertThat(listed.get("items").valueStream().map(i -> i.get("id").asLong())).contains(id);
		assertThat(listed.get("items").valueStream().map(i -> i.get("type").asString()))
			.containsOnly("POLICY_DOCUMENT");
	}

	@Test
	void badFieldsAreRefusedInBothLanguagesAndNothingIsWritten() {
		Integer before = count();
		Response missing = create(this.editorA, this.siteA, this.columnA, "缺少文号的文件", "POLICY_DOCUMENT",
				Map.of("issuingAuthority", "荷塘区人民政府", "writtenOn", "2026-11-02", "validity", "VALID"), List.of());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.errorFields()).containsExactlyInAnyOrder("fields.documentNumber", "fields.topic");
		JsonNode error = missing.json().get("errors").get(0);
		assertThat(error.get("message").asString()).isNotBlank();
		assertThat(error.get("messageEn").asString()).isNotBlank();
		assertThat(missing.body()).doesNotContain("Exception");

		assertThat(create(this.editorA, this.siteA, this.columnA, "类型不明", "PRESS", Map.of(), List.of()).errorFields())
			.containsExactly("type");
		assertThat(create(this.editorA, this.siteA, this.columnA, "坏附件", "NOTICE", Map.of("issuer", "区政府办"),
				List.of(Map.of("purpose", "IMAGE")))
			.errorFields()).containsExactly("attachments[0].assetId");
		assertThat(create(this.editorA, this.siteA, this.columnA, "错误的办事指南", "SERVICE_GUIDE", Map.of("basis", "依据"),
				List.of())
			.status()).isEqualTo(400);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anInterpretationLinksItsDocumentBothWaysAndIsRequiredBeforeApprovalAndPublishing() {
		long document = create(this.editorA, this.siteA, this.columnA, "荷塘区老旧小区改造实施办法", "POLICY_DOCUMENT",
				ItemTypesTest.policy(Map.of()), List.of())
			.json()
			.get("id")
			.asLong();
		assertThat(post(document, "submit", this.editorA).status()).isEqualTo(200);
		Response refused = post(document, "approve", this.reviewerA);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).endsWith("/interpretation-required");
		assertThat(refused.json().get("detail").asString()).contains("政策解读");
		assertThat(refused.json().get("detailEn").asString()).contains("interpretation");
		assertThat(state(document)).isEqualTo("SUBMITTED");

		Response interpretation = create(this.editorA, this.siteA, this.columnA, "图解老旧小区改造实施办法",
				"POLICY_INTERPRETATION", Map.of("documentId", document, "form", "GRAPHIC"), List.of());
		assertThat(interpretation.status()).isEqualTo(201);
		long interpretationId = interpretation.json().get("id").asLong();

		JsonNode documentView = api().get("/articles/" + document, this.editorA, this.siteA.ref()).json();
		assertThat(documentView.get("links").valueStream().map(l -> l.get("id").asLong()))
			.containsExactly(interpretationId);
		JsonNode interpretationView = api().get("/articles/" + interpretationId, this.editorA, this.siteA.ref()).json();
		assertThat(interpretationView.get("links").get(0).get("id").asLong()).isEqualTo(document);
		assertThat(interpretationView.get("links").get(0).get("type").asString()).isEqualTo("POLICY_DOCUMENT");

		assertThat(post(document, "approve", this.reviewerA).status()).isEqualTo(200);
		Response early = post(document, "publish", this.editorA);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("type").asString()).endsWith("/interpretation-required");
		assertThat(state(document)).isEqualTo("APPROVED");

		post(interpretationId, "submit", this.editorA);
		assertThat(post(interpretationId, "approve", this.reviewerA).status()).isEqualTo(200);
		assertThat(post(document, "publish", this.editorA).status()).isEqualTo(200);
		assertThat(state(document)).isEqualTo("PUBLISHED");
		assertThat(page(document)).contains("<th scope=\"row\">文号</th>").doesNotContain("图解老旧小区改造实施办法");

		// Publishing the interpretation renders it with its own template, and renders the
		// document's page again, which now lists it.
		assertThat(post(interpretationId, "publish", this.editorA).status()).isEqualTo(200);
		assertThat(page(interpretationId)).contains("<p class=\"kind\">政策解读</p>",
				"本文解读：<a href=\"/articles/" + document + ".html\">荷塘区老旧小区改造实施办法</a>", "<td>图文解读</td>");
		assertThat(page(document)).contains("<h2 id=\"related-" + document + "\">政策解读</h2>",
				"<a href=\"/articles/" + interpretationId + ".html\">图解老旧小区改造实施办法</a>");
	}

	private String page(long id) {
		return this.storage.get(this.storageProperties.bucket("pages"), this.siteA.code() + "/articles/" + id + ".html")
			.map(object -> new String(object.content(), StandardCharsets.UTF_8))
			.orElseThrow(() -> new AssertionError("No page stored for item " + id));
	}

	@Test
	void anInterpretationMustExplainADocumentOfTheSameSite() {
		long ofB = create(this.editorB, this.siteB, this.columnB, "石峰区文件", "POLICY_DOCUMENT",
				ItemTypesTest.policy(Map.of()), List.of())
			.json()
			.get("id")
			.asLong();
		Response foreign = create(this.editorA, this.siteA, this.columnA, "解读别站文件", "POLICY_INTERPRETATION",
				Map.of("documentId", ofB), List.of());
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.errorFields()).containsExactly("fields.documentId");
		long notice = create(this.editorA, this.siteA, this.columnA, "停水通知", "NOTICE", Map.of("issuer", "区水务局"),
				List.of())
			.json()
			.get("id")
			.asLong();
		assertThat(create(this.editorA, this.siteA, this.columnA, "解读通知", "POLICY_INTERPRETATION",
				Map.of("documentId", notice), List.of())
			.errorFields()).containsExactly("fields.documentId");
	}

	@Test
	void everyTypeIsStoredWithItsOwnFields() {
		assertThat(create(this.editorA, this.siteA, this.columnA, "停水通知", "通知公告",
				Map.of("issuer", "区水务局", "validUntil", "2026-12-31"), List.of())
			.json()
			.get("fields")
			.get("validUntil")
			.asString()).isEqualTo("2026-12-31");
		JsonNode leader = create(this.editorA, this.siteA, this.columnA, "区长", "LEADER_PROFILE",
				Map.of("name", "张三", "title", "区委副书记、区长", "duties", "主持区政府全面工作"),
				List.of(Map.of("assetId", 9, "purpose", "PHOTO")))
			.json();
		assertThat(leader.get("fields").get("title").asString()).isEqualTo("区委副书记、区长");
		assertThat(leader.get("attachments").get(0).get("purpose").asString()).isEqualTo("PHOTO");
		assertThat(create(this.editorA, this.siteA, this.columnA, "中国政府网", "LINK",
				Map.of("url", "https://www.gov.cn/", "openInNewWindow", true), List.of())
			.json()
			.get("fields")
			.get("openInNewWindow")
			.asBoolean()).isTrue();
		JsonNode guide = create(
				this.editorA, this.siteA, this.columnA, "居住证办理", "SERVICE_GUIDE", ItemTypesTest.guide(List.of(Map
					.of("name", "申请表", "required", true, "template", Map.of("assetId", 12, "purpose", "TEMPLATE")))),
				List.of())
			.json();
		assertThat(guide.get("fields").get("materials").get(0).get("template").get("assetId").asLong()).isEqualTo(12);
		assertThat(guide.get("fields").get("onlineLevel").asString()).isEqualTo("ONLINE_APPLY");
	}

	@Test
	void theTextsOfTypedFieldsAreCheckedBeforeSubmission() {
		Map<String, Object> guide = ItemTypesTest.guide(List.of(Map.of("name", "申请表", "note", "请勿找人办假证")));
		guide.put("conditions", "本区户籍居民；电梯按装完毕");
		long id = create(this.editorA, this.siteA, this.columnA, "电梯加装办事指南", "SERVICE_GUIDE", guide, List.of()).json()
			.get("id")
			.asLong();
		JsonNode item = api().get("/articles/" + id, this.editorA, this.siteA.ref()).json();
		assertThat(item.get("checkBlocking").asInt()).isEqualTo(1);
		assertThat(item.get("checkWarnings").asInt()).isEqualTo(1);
		Response refused = post(id, "submit", this.editorA);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorFields()).containsExactly("fields.materials[0].note");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("办假证");
		assertThat(state(id)).isEqualTo("DRAFT");
	}

	@Test
	void siteAsEditorCannotReadOrChangeSiteBsTypedItems() {
		long ofB = create(this.editorB, this.siteB, this.columnB, "石峰区办事指南", "SERVICE_GUIDE",
				ItemTypesTest.guide(List.of(Map.of("name", "身份证"))), List.of())
			.json()
			.get("id")
			.asLong();
		assertThat(api().get("/articles/" + ofB, this.editorA, this.siteA.ref()).status()).isEqualTo(404);
		assertThat(api().get("/articles/" + ofB, this.editorA, this.siteB.ref()).status()).isEqualTo(403);
		assertThat(api().put("/articles/" + ofB, this.editorA, this.siteB.ref(), Map.of("title", "改", "body", "改"))
			.status()).isEqualTo(403);
		assertThat(api().put("/articles/" + ofB, this.editorA, this.siteA.ref(), Map.of("title", "改", "body", "改"))
			.status()).isEqualTo(404);
		assertThat(api().post("/articles/" + ofB + "/submit", this.editorA, this.siteB.ref(), Map.of()).status())
			.isEqualTo(403);
		assertThat(api().post("/articles/" + ofB + "/submit", this.editorA, this.siteA.ref(), Map.of()).status())
			.isEqualTo(404);
		assertThat(api()
			.post("/articles/" + ofB + "/approve", userWith(this.siteA, "reviewer"), this.siteB.ref(), Map.of())
			.status()).isEqualTo(403);
		assertThat(api().get("/articles/" + ofB, this.editorB, this.siteB.ref()).json().get("state").asString())
			.isEqualTo("DRAFT");
		assertThat(api().get("/articles?type=SERVICE_GUIDE", this.editorA, this.siteA.ref())
			.json()
			.get("items")
			.valueStream()
			.map(i -> i.get("id").asLong())).doesNotContain(ofB);
	}

	private Response create(String token, TestSite site, long column, String title, String type,
			Map<String, Object> fields, List<Map<String, Object>> attachments) {
		Map<String, Object> body = new HashMap<>();
		body.put("columnId", column);
		body.put("title", title);
		body.put("body", "正文。");
		body.put("type", type);
		body.put("fields", fields);
		body.put("attachments", attachments);
		return api().post("/articles", token, site.ref(), body);
	}

	private Response post(long id, String action, String token) {
		return api().post("/articles/" + id + "/" + action, token, this.siteA.ref(), Map.of());
	}

	private String state(long id) {
		return api().get("/articles/" + id, this.editorA, this.siteA.ref()).json().get("state").asString();
	}

	private Integer count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE site_id = ?", Integer.class,
				this.siteA.ref().id());
	}

}
