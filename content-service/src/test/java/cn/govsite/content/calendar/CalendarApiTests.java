package cn.govsite.content.calendar;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.Keycloak;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's official calendar over HTTP: read by anyone signed in, edited by
 * platform admins.
 */
class CalendarApiTests extends ContentIntegrationTest {

	@Test
	void theShippedYearIsInForceUntilAPlatformAdminReplacesIt() {
		String admin = platformAdmin();
		Response shipped = api().get("/calendar/years/2027", admin);
		assertThat(shipped.status()).isEqualTo(200);
		assertThat(shipped.json().get("source").asString()).isEqualTo("SHIPPED");
		assertThat(shipped.json().get("days").size()).isEqualTo(13);

		// The notice of 2027 arrives: a bridging day off and a make-up Saturday.
		Response saved = api().put("/calendar/years/2027", admin, null,
				Map.of("days", List.of(day("2027-10-01", "HOLIDAY", "国庆节"), day("2027-10-04", "HOLIDAY", "国庆节"),
						day("2027-10-09", "WORKDAY", "国庆节调休上班"))));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("source").asString()).isEqualTo("EDITED");
		assertThat(saved.json().get("days").size()).isEqualTo(3);
		// 2027-09-30 (Thursday) + 2: 10-1 (Friday) and 10-4 (Monday) are off around a
		// weekend,
		// so 10-5 is the first working day and 10-6 the second.
		JsonNode count = api().get("/calendar/working-days?from=2027-09-30&plus=2", admin).json();
		assertThat(count.get("to").asString()).isEqualTo("2027-10-06");
		JsonNode saturday = api().get("/calendar/working-days?from=2027-10-08&to=2027-10-09", admin).json();
		assertThat(saturday.get("workingDays").asInt()).isEqualTo(1);
		assertThat(saturday.get("toIsWorkingDay").asBoolean()).isTrue();

		Response reverted = api().delete("/calendar/years/2027", admin, null);
		assertThat(reverted.json().get("source").asString()).isEqualTo("SHIPPED");
		assertThat(api().get("/calendar/working-days?from=2027-10-08&to=2027-10-09", admin)
			.json()
			.get("toIsWorkingDay")
			.asBoolean()).isFalse();
	}

	@Test
	void onlyAPlatformAdminEditsTheCalendar() {
		TestSite site = siteFromTenantService("市政府办公室");
		String siteAdmin = userWith(site, "site-admin");
		Map<String, Object> body = Map.of("days", List.of(day("2026-10-01", "HOLIDAY", "国庆节")));
		assertThat(api().put("/calendar/years/2026", siteAdmin, site.ref(), body).status()).isEqualTo(403);
		assertThat(api().delete("/calendar/years/2026", siteAdmin, site.ref()).status()).isEqualTo(403);
		assertThat(api().put("/calendar/years/2026", null, null, body).status()).isEqualTo(401);
		assertThat(api().get("/calendar/years/2026", siteAdmin).json().get("source").asString()).isEqualTo("SHIPPED");
	}

	@Test
	void badDaysAreRefusedAndNothingIsWritten() {
		String admin = platformAdmin();
		Response weekday = api().put("/calendar/years/2026", admin, null,
				Map.of("days", List.of(day("2026-10-01", "HOLIDAY", "国庆节"), day("2026-10-09", "WORKDAY", "错误"))));
		assertThat(weekday.status()).isEqualTo(400);
		assertThat(weekday.errorFields()).containsExactly("days[1].kind");
		assertThat(weekday.json().toString()).contains("调休上班日只能是周六或周日");

		Response otherYear = api().put("/calendar/years/2026", admin, null,
				Map.of("days", List.of(day("2025-10-01", "HOLIDAY", "国庆节"))));
		assertThat(otherYear.errorFields()).containsExactly("days[0].date");
		Response twice = api().put("/calendar/years/2026", admin, null,
				Map.of("days", List.of(day("2026-10-01", "HOLIDAY", "国庆节"), day("2026-10-01", "HOLIDAY", "国庆节"))));
		assertThat(twice.errorFields()).containsExactly("days[1].date");
		assertThat(api().put("/calendar/years/2026", admin, null, Map.of("days", List.of(Map.of("date", "2026-10-01"))))
			.status()).isEqualTo(400);
		assertThat(api()
			.put("/calendar/years/2026", admin, null,
					Map.of("days", List.of(Map.of("date", "not-a-date", "kind", "HOLIDAY", "name", "x"))))
			.status()).isEqualTo(400);
		assertThat(api().get("/calendar/years/1900", admin).errorFields()).containsExactly("year");
		assertThat(api().get("/calendar/working-days?from=2026-10-01&plus=-1", admin).errorFields())
			.containsExactly("plus");

		assertThat(api().get("/calendar/years/2026", admin).json().get("source").asString()).isEqualTo("SHIPPED");
	}

	private static Map<String, String> day(String date, String kind, String name) {
		return Map.of("date", date, "kind", kind, "name", name);
	}

	private static String platformAdmin() {
		String username = "u" + randomHex(6) + "-platform";
		Keycloak.createUser(username, List.of(), List.of("platform-admin"));
		return Keycloak.token(username, Keycloak.DEMO_PASSWORD);
	}

}
