package cn.govsite.common.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the launcher's real servers listen (the same {@code GOVSITE_*} variables and
 * defaults as {@code ./govsite}). Tests never replace them: a missing server fails the
 * test with the command that starts it.
 */
public final class Infrastructure {

	public static final String HOST = "127.0.0.1";

	public static final String DB_USER = "govsite";

	public static final String DB_PASSWORD = "govsite";

	public static final String S3_ACCESS_KEY = "govsite";

	public static final String S3_SECRET_KEY = "govsite-dev-secret";

	public static final String REALM = "govsite";

	private Infrastructure() {
	}

	public static int dbPort() {
		return port("GOVSITE_DB_PORT", 13306);
	}

	public static int redisPort() {
		return port("GOVSITE_REDIS_PORT", 16379);
	}

	public static int elasticsearchPort() {
		return port("GOVSITE_ES_PORT", 19200);
	}

	public static int s3Port() {
		return port("GOVSITE_S3_PORT", 19000);
	}

	public static int keycloakPort() {
		return port("GOVSITE_KEYCLOAK_PORT", 18180);
	}

	public static String jdbcUrl(String database) {
		return "jdbc:mysql://" + HOST + ":" + dbPort() + "/" + database
				+ "?useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC&allowPublicKeyRetrieval=true&useSSL=false";
	}

	public static String elasticsearchUrl() {
		return "http://" + HOST + ":" + elasticsearchPort();
	}

	public static String s3Url() {
		return "http://" + HOST + ":" + s3Port();
	}

	public static String keycloakUrl() {
		return "http://" + HOST + ":" + keycloakPort();
	}

	public static String issuer() {
		return keycloakUrl() + "/realms/" + REALM;
	}

	/** Fails, naming every server that does not answer and how to start them all. */
	public static void requireRunning() {
		List<String> missing = new ArrayList<>();
		check(missing, "MariaDB", dbPort(), "GOVSITE_DB_PORT");
		check(missing, "Redis", redisPort(), "GOVSITE_REDIS_PORT");
		check(missing, "Elasticsearch", elasticsearchPort(), "GOVSITE_ES_PORT");
		check(missing, "S3 storage (S3Proxy)", s3Port(), "GOVSITE_S3_PORT");
		check(missing, "Keycloak", keycloakPort(), "GOVSITE_KEYCLOAK_PORT");
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Integration tests need the launcher's servers, and these do not answer: "
					+ String.join("; ", missing)
					+ ". Start them with `./govsite up --infra` (or run everything with `./govsite test`).");
		}
	}

	private static void check(List<String> missing, String name, int port, String variable) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(HOST, port), 1000);
		}
		catch (IOException ex) {
			missing.add(name + " on " + HOST + ":" + port + " (" + variable + ")");
		}
	}

	private static int port(String variable, int fallback) {
		String value = System.getenv(variable);
		return (value == null || value.isBlank()) ? fallback : Integer.parseInt(value.trim());
	}

}
