package cn.govsite.tenant.site;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.common.test.TestNamespace;
import cn.govsite.tenant.identity.SiteGroups;
import cn.govsite.tenant.support.TenantApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@GovsiteIntegrationTest
class SiteApiTests {

	private static String operatorToken;

	@LocalServerPort
	int port;

	@Autowired
	TestNamespace namespace;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	GovsiteProperties properties;

	@Autowired
	SiteGroups siteGroups;

	@Autowired
	JsonMapper json;

	ServiceClient api;

	TenantApi tenant;

	@BeforeEach
	void setUp() {
		this.tenant = new TenantApi(this.port, this.namespace);
		this.api = this.tenant.client();
		operatorToken = TenantApi.operatorToken();
	}

	@Test
	void withoutAutoApproveANewSiteWaitsForApproval() {
		String code = code("wait");
		Response created = this.tenant.createSite(code, "示范市待批局", "DEPARTMENT", cityPortal(), null, false);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("status").asString()).isEqualTo("APPLIED");
		assertThat(this.api.get("/public/sites/" + code, null).json().path("status").asString()).isEqualTo("APPLIED");
	}

	@Test
	void createsADepartmentSiteWithItsGroupsAndEvent() {
		String city = cityPortal();
		String code = code("jyj");
		Response created = createSite(code, "示范市教育局", "DEPARTMENT", city, null);

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode site = created.json();
		assertThat(site.path("code").asString()).isEqualTo(code);
		assertThat(site.path("name").asString()).isEqualTo("示范市教育局");
		assertThat(site.path("kind").asString()).isEqualTo("DEPARTMENT");
		assertThat(site.path("domain").asString()).isEqualTo(code + ".govsite.localhost");
		assertThat(site.path("status").asString()).isEqualTo("ONLINE");
		assertThat(site.path("createdBy").asString()).isEqualTo("operator");
		assertThat(site.path("parentId").asLong())
			.isEqualTo(this.api.get("/public/sites/" + city, null).json().path("id").asLong());

		for (String role : List.of("site-admin", "editor", "reviewer", "chief")) {
			JsonNode group = Keycloak.group("/sites/" + code + "/" + role)
				.orElseThrow(() -> new AssertionError("Keycloak has no group /sites/" + code + "/" + role));
			assertThat(Keycloak.realmRolesOf(group.path("id").asString())).contains(role);
		}

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode event = findEvent("SiteCreated", code);
			assertThat(event).as("SiteCreated for " + code + " on the stream").isNotNull();
			assertThat(event.path("siteId").asLong()).isEqualTo(site.path("id").asLong());
			assertThat(event.path("siteCode").asString()).isEqualTo(code);
			assertThat(event.path("payload").path("domain").asString()).isEqualTo(code + ".govsite.localhost");
			assertThat(event.path("payload").path("kind").asString()).isEqualTo("DEPARTMENT");
			assertThat(event.path("payload").path("parentId").asLong()).isEqualTo(site.path("parentId").asLong());
		});
	}

	@Test
	void aCountyPortalBringsItsOwnDomain() {
		String city = cityPortal();
		String code = code("xian");
		Response missing = createSite(code, "某某县人民政府", "COUNTY_PORTAL", city, null);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.errorFields()).containsExactly("domain");
		assertThat(missing.json().path("errors").get(0).path("message").asString()).contains("域名");
		assertThat(missing.json().path("errors").get(0).path("messageEn").asString()).contains("domain");

		Response created = createSite(code, "某某县人民政府", "COUNTY_PORTAL", city, "WWW." + code + ".gov.cn");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("domain").asString()).isEqualTo("www." + code + ".gov.cn");
	}

	@Test
	void refusesMalformedFieldsWithBilingualErrors() {
		Response answer = this.api.post("/sites", operatorToken,
				Map.of("code", "9Bad", "name", "x", "kind", "VILLAGE"));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = answer.json();
		assertThat(problem.path("type").asString()).endsWith("/validation");
		assertThat(problem.path("titleEn").asString()).isNotBlank();
		assertThat(answer.errorFields()).contains("code", "name", "kind");
		JsonNode codeError = errorOf(problem, "code");
		assertThat(codeError.path("message").asString()).contains("小写字母");
		assertThat(codeError.path("messageEn").asString()).contains("lower-case letter");
	}

	@Test
	void refusesANameWithoutChinese() {
		Response answer = createSite(code("en"), "Education Bureau", "DEPARTMENT", cityPortal(), null);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorFields()).containsExactly("name");
	}

	@Test
	void aDepartmentNeedsTheCityPortalAsParent() {
		String city = cityPortal();
		assertThat(createSite(code("d"), "示范市某局", "DEPARTMENT", null, null).errorFields())
			.containsExactly("parentCode");
		assertThat(createSite(code("d"), "示范市某局", "DEPARTMENT", code("nope"), null).errorFields())
			.containsExactly("parentCode");
		String department = code("dept");
		assertThat(createSite(department, "示范市某局", "DEPARTMENT", city, null).status()).isEqualTo(201);
		assertThat(createSite(code("sub"), "示范市某局下属单位", "DEPARTMENT", department, null).errorFields())
			.containsExactly("parentCode");
	}

	@Test
	void thereIsOnlyOneCityPortal() {
		cityPortal();
		Response answer = createSite(code("city"), "另一个市人民政府", "CITY_PORTAL", null, null);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorFields()).containsExactly("kind");
	}

	@Test
	void malformedJsonIsABadRequest() {
		Response answer = this.api.post("/sites", operatorToken, "{\"code\": ");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path("type").asString()).endsWith("/malformed-request");
		assertThat(answer.body()).doesNotContain("Exception");
	}

	@Test
	void duplicateCodeOrDomainIsAConflict() {
		String city = cityPortal();
		String code = code("dup");
		assertThat(createSite(code, "示范市重复局", "DEPARTMENT", city, null).status()).isEqualTo(201);

		Response sameCode = createSite(code, "示范市重复局", "DEPARTMENT", city, null);
		assertThat(sameCode.status()).isEqualTo(409);
		assertThat(sameCode.json().path("type").asString()).endsWith("/conflict");
		assertThat(sameCode.json().path("detail").asString()).contains(code);

		Response sameDomain = createSite(code("cty"), "某某县人民政府", "COUNTY_PORTAL", city, code + ".govsite.localhost");
		assertThat(sameDomain.status()).isEqualTo(409);
		assertThat(sameDomain.json().path("detailEn").asString()).contains("domain");
	}

	@Test
	void withoutATokenTheAdministrationApiAnswers401() {
		Response answer = this.api.post("/sites", null, Map.of("code", code("x"), "name", "某局", "kind", "DEPARTMENT"));
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.json().path("type").asString()).endsWith("/unauthenticated");
		assertThat(this.api.get("/sites", null).status()).isEqualTo(401);
	}

	@Test
	void aSiteEditorSeesOnlyTheirOwnSiteAndCannotOpenSites() {
		String city = cityPortal();
		String mine = code("mine");
		String other = code("other");
		assertThat(createSite(mine, "示范市甲局", "DEPARTMENT", city, null).status()).isEqualTo(201);
		assertThat(createSite(other, "示范市乙局", "DEPARTMENT", city, null).status()).isEqualTo(201);
		String username = "editor-" + mine;
		Keycloak.createUser(username, List.of("/sites/" + mine + "/editor"), List.of());
		String editor = Keycloak.token(username, Keycloak.DEMO_PASSWORD);

		Response open = this.api.post("/sites", editor,
				Map.of("code", code("x"), "name", "示范市丙局", "kind", "DEPARTMENT", "parentCode", city));
		assertThat(open.status()).isEqualTo(403);
		assertThat(open.json().path("type").asString()).endsWith("/forbidden");
		assertThat(this.api.get("/sites", editor).status()).isEqualTo(403);

		Response own = this.api.get("/sites/" + mine, editor);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.json().path("code").asString()).isEqualTo(mine);
		assertThat(this.api.get("/sites/" + other, editor).status()).isEqualTo(403);
	}

	@Test
	void supervisorsAndAdminsListEverySite() {
		String city = cityPortal();
		String supervisor = Keycloak.token("supervisor", Keycloak.DEMO_PASSWORD);
		Response list = this.api.get("/sites", supervisor);
		assertThat(list.status()).isEqualTo(200);
		List<String> codes = new java.util.ArrayList<>();
		list.json().forEach(site -> codes.add(site.path("code").asString()));
		assertThat(codes).contains(city);
		assertThat(this.api.get("/sites/" + city, supervisor).status()).isEqualTo(200);
		assertThat(this.api.get("/sites/" + code("absent"), operatorToken).status()).isEqualTo(404);
	}

	@Test
	void resolvesAHostWithoutAToken() {
		String city = cityPortal();
		String code = code("res");
		long id = createSite(code, "示范市解析局", "DEPARTMENT", city, null).json().path("id").asLong();

		Response resolved = this.api
			.get("/public/sites/resolve?host=" + code.toUpperCase() + ".govsite.localhost:18080", null);
		assertThat(resolved.status()).isEqualTo(200);
		assertThat(resolved.json().path("id").asLong()).isEqualTo(id);
		assertThat(resolved.json().path("code").asString()).isEqualTo(code);
		assertThat(resolved.json().path("status").asString()).isEqualTo("ONLINE");
		assertThat(resolved.json().has("createdBy")).isFalse();

		Response byCode = this.api.get("/public/sites/" + code, null);
		assertThat(byCode.status()).isEqualTo(200);
		assertThat(byCode.json().path("domain").asString()).isEqualTo(code + ".govsite.localhost");

		Response unknown = this.api.get("/public/sites/resolve?host=nobody.example.cn", null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().path("type").asString()).endsWith("/site-not-found");
		assertThat(this.api.get("/public/sites/" + code("nobody"), null).status()).isEqualTo(404);
	}

	@Test
	void resolvingNeedsAValidHost() {
		assertThat(this.api.get("/public/sites/resolve", null).errorFields()).containsExactly("host");
		Response invalid = this.api.get("/public/sites/resolve?host=bad_host..cn", null);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.errorFields()).containsExactly("host");
	}

	@Test
	void groupProvisioningIsIdempotent() {
		String code = code("idem");
		this.siteGroups.ensureSiteGroups(code);
		String first = Keycloak.group("/sites/" + code + "/reviewer").orElseThrow().path("id").asString();
		this.siteGroups.ensureSiteGroups(code);
		JsonNode again = Keycloak.group("/sites/" + code + "/reviewer").orElseThrow();
		assertThat(again.path("id").asString()).isEqualTo(first);
		assertThat(Keycloak.realmRolesOf(first)).containsExactly("reviewer");
	}

	private String cityPortal() {
		return this.tenant.cityPortal();
	}

	/** Sites open at once here; the lifecycle tests cover the approval steps. */
	private Response createSite(String code, String name, String kind, String parentCode, String domain) {
		return this.tenant.createSite(code, name, kind, parentCode, domain, true);
	}

	private String code(String stem) {
		return this.tenant.code(stem);
	}

	private JsonNode findEvent(String type, String siteCode) {
		String stream = this.properties.redis().keyPrefix() + this.properties.events().stream();
		for (MapRecord<String, Object, Object> record : this.redis.opsForStream().range(stream, Range.unbounded())) {
			Object envelope = record.getValue().get("envelope");
			if (envelope == null) {
				continue;
			}
			JsonNode event = this.json.readTree(envelope.toString());
			if (type.equals(event.path("type").asString()) && siteCode.equals(event.path("siteCode").asString())) {
				return event;
			}
		}
		return null;
	}

	private static JsonNode errorOf(JsonNode problem, String field) {
		for (JsonNode error : problem.path("errors")) {
			if (field.equals(error.path("field").asString())) {
				return error;
			}
		}
		throw new AssertionError("No error for field " + field + " in " + problem);
	}

}
