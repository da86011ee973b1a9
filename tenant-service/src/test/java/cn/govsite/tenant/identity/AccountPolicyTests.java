package cn.govsite.tenant.identity;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.govsite.common.test.Keycloak;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Account security of GB/T 22239 level 3 (等保三级) as the running Keycloak enforces it with
 * the realm the launcher imports: password policy, lockout after repeated failures, token
 * and idle session lifetimes, and TOTP for administrators in the browser sign-in.
 */
class AccountPolicyTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The realm's {@code quickLoginCheckMilliSeconds}. */
	private static final long QUICK_LOGIN_WINDOW_MS = 1_000;

	private final List<String> users = new ArrayList<>();

	@AfterEach
	void deleteUsers() {
		this.users.forEach(Keycloak::deleteUser);
	}

	@Test
	void thePasswordPolicyRefusesWeakAndReusedPasswords() {
		String username = newUser(List.of());
		String id = Keycloak.userId(username);
		Map<String, String> refused = Map.of("Ab1!xyz", "invalidPasswordMinLengthMessage", "Abcdefgh!",
				"invalidPasswordMinDigitsMessage", "Abcdefgh1", "invalidPasswordMinSpecialCharsMessage", "12345678!",
				"invalidPasswordRegexPatternMessage", username, "invalidPasswordNotUsernameMessage");
		refused.forEach((password, reason) -> {
			HttpResponse<String> answer = Keycloak.setPassword(id, password);
			assertThat(answer.statusCode()).as("password %s", password).isEqualTo(400);
			assertThat(answer.body()).as("password %s", password).contains(reason);
		});
		assertThat(Keycloak.setPassword(id, "Renewed#2027").statusCode()).isEqualTo(204);
		HttpResponse<String> reused = Keycloak.setPassword(id, Keycloak.DEMO_PASSWORD);
		assertThat(reused.statusCode()).isEqualTo(400);
		assertThat(reused.body()).contains("invalidPasswordHistoryMessage");
		assertThat(Keycloak.tokenStatus(username, "Renewed#2027")).isEqualTo(200);
	}

	@Test
	void fiveFailedSignInsLockTheAccountUntilAnAdministratorUnlocksIt() {
		String username = newUser(List.of());
		String id = Keycloak.userId(username);
		failSignIns(username, 4);
		assertThat(Keycloak.tokenStatus(username, Keycloak.DEMO_PASSWORD)).as("4 failures do not lock").isEqualTo(200);

		failSignIns(username, 5);
		JsonNode failures = Keycloak.loginFailures(id);
		assertThat(failures.path("numFailures").asInt()).isEqualTo(5);
		assertThat(failures.path("disabled").asBoolean()).isTrue();
		assertThat(Keycloak.tokenStatus(username, Keycloak.DEMO_PASSWORD)).as("locked: the right password is refused")
			.isEqualTo(400);

		Keycloak.unlock(id);
		assertThat(Keycloak.loginFailures(id).path("disabled").asBoolean()).isFalse();
		assertThat(Keycloak.tokenStatus(username, Keycloak.DEMO_PASSWORD)).isEqualTo(200);
	}

	@Test
	void accessTokensLastFifteenMinutesAndSessionsEndAfterThirtyIdleMinutes() {
		JsonNode tokens = Keycloak.tokens(newUser(List.of()), Keycloak.DEMO_PASSWORD);
		assertThat(tokens.path("expires_in").asInt()).isEqualTo(900);
		assertThat(tokens.path("refresh_expires_in").asInt()).as("idle timeout").isEqualTo(1800);
		JsonNode claims = claims(tokens.path("access_token").asString());
		assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(900);
		JsonNode realm = Keycloak.realmSettings();
		assertThat(realm.path("ssoSessionIdleTimeout").asInt()).isEqualTo(1800);
		assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
	}

	@Test
	void administratorsEnrolTotpAtTheirFirstSignInAndNeedACodeEveryTimeAfter() {
		String username = newUser(List.of("site-admin"));

		BrowserSignIn first = new BrowserSignIn();
		BrowserSignIn.Page enrolment = first.submit(first.open(),
				Map.of("username", username, "password", Keycloak.DEMO_PASSWORD, "credentialId", ""));
		assertThat(enrolment.returnedToConsole()).as("no way round the enrolment").isFalse();
		assertThat(enrolment.hasField("totp")).as("the TOTP enrolment page").isTrue();
		String secret = enrolment.inputValue("totpSecret");
		Instant enrolledAt = Instant.now();
		BrowserSignIn.Page enrolled = first.submit(enrolment, Map.of("totp", BrowserSignIn.totp(secret, enrolledAt),
				"totpSecret", secret, "userLabel", "test phone"));
		assertThat(enrolled.returnedToConsole()).as("enrolled: back to the console").isTrue();
		assertThat(first.tokens(enrolled).path("access_token").asString()).isNotBlank();

		BrowserSignIn second = new BrowserSignIn();
		BrowserSignIn.Page codeAsked = second.submit(second.open(),
				Map.of("username", username, "password", Keycloak.DEMO_PASSWORD, "credentialId", ""));
		assertThat(codeAsked.returnedToConsole()).as("the password alone is not enough").isFalse();
		assertThat(codeAsked.hasField("otp")).isTrue();
		// Codes are single use and enrolment spent its period's: wait for the next
		// period.
		await().atMost(Duration.ofSeconds(35))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> Instant.now().getEpochSecond() / 30 != enrolledAt.getEpochSecond() / 30);
		String code = BrowserSignIn.totp(secret, Instant.now());
		String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
		BrowserSignIn.Page refused = second.submit(codeAsked, Map.of("otp", wrong));
		assertThat(refused.returnedToConsole()).as("a wrong code").isFalse();
		assertThat(refused.hasField("otp")).isTrue();
		// Two failures within the realm's quick-login window (1 s) would lock the
		// account.
		pastQuickLoginWindow(Keycloak.userId(username));
		BrowserSignIn.Page signedIn = second.submit(refused, Map.of("otp", BrowserSignIn.totp(secret, Instant.now())));
		assertThat(signedIn.returnedToConsole()).as("the right code: %s", signedIn.body()).isTrue();
		JsonNode claims = claims(second.tokens(signedIn).path("access_token").asString());
		assertThat(claims.path("realm_access").path("roles").toString()).contains("site-admin");
	}

	@Test
	void peopleWithoutAnAdministratorRoleSignInWithTheirPasswordAlone() {
		String username = newUser(List.of());
		BrowserSignIn browser = new BrowserSignIn();
		BrowserSignIn.Page signedIn = browser.submit(browser.open(),
				Map.of("username", username, "password", Keycloak.DEMO_PASSWORD, "credentialId", ""));
		assertThat(signedIn.returnedToConsole()).isTrue();
		assertThat(browser.tokens(signedIn).path("access_token").asString()).isNotBlank();
	}

	private String newUser(List<String> realmRoles) {
		byte[] random = new byte[5];
		ThreadLocalRandom.current().nextBytes(random);
		String username = "acct-1" + HexFormat.of().formatHex(random);
		this.users.add(Keycloak.createUser(username, List.of(), realmRoles));
		return username;
	}

	/**
	 * Wrong passwords spaced further apart than the realm's quick-login window (1 s), so
	 * that only the failure count (5) locks, not the quick-login rule.
	 */
	private static void failSignIns(String username, int times) {
		String id = Keycloak.userId(username);
		for (int i = 0; i < times; i++) {
			assertThat(Keycloak.tokenStatus(username, "Wrong#Pass1")).isIn(400, 401);
			pastQuickLoginWindow(id);
		}
	}

	/**
	 * Until Keycloak's last recorded failure of the user is older than the realm's
	 * quick-login window.
	 */
	private static void pastQuickLoginWindow(String userId) {
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> System.currentTimeMillis()
					- Keycloak.loginFailures(userId).path("lastFailure").asLong() > QUICK_LOGIN_WINDOW_MS);
	}

	private static JsonNode claims(String jwt) {
		return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
	}

}
