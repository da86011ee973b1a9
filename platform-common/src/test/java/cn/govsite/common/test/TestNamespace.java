package cn.govsite.common.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.minio.BucketExistsArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.RemoveBucketArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.ListAllMyBucketsResult;
import io.minio.messages.Item;

/**
 * A private slice of every real server for one Spring test context: its own database,
 * Redis key prefix, index prefix and bucket prefix. {@link #drop()} removes all of it.
 */
public final class TestNamespace {

	private final String id;

	private final List<String> extraDatabases = new CopyOnWriteArrayList<>();

	private TestNamespace(String id) {
		this.id = id;
	}

	public static TestNamespace create() {
		Infrastructure.requireRunning();
		byte[] bytes = new byte[4];
		ThreadLocalRandom.current().nextBytes(bytes);
		TestNamespace namespace = new TestNamespace(HexFormat.of().formatHex(bytes));
		namespace.createDatabase();
		return namespace;
	}

	public String id() {
		return this.id;
	}

	public String database() {
		return "t_" + this.id;
	}

	public String redisPrefix() {
		return "t:" + this.id + ":";
	}

	public String indexPrefix() {
		return "t" + this.id + "-";
	}

	public String bucketPrefix() {
		return "t" + this.id + "-";
	}

	/**
	 * Creates one more database in the namespace, for tests that run several services,
	 * each with its own schema; dropped with the namespace.
	 */
	public String createDatabase(String suffix) {
		String name = database() + "_" + suffix;
		execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		this.extraDatabases.add(name);
		return name;
	}

	/** The Spring properties that point a service at this namespace. */
	public Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", Infrastructure.jdbcUrl(database()));
		properties.put("spring.datasource.username", Infrastructure.DB_USER);
		properties.put("spring.datasource.password", Infrastructure.DB_PASSWORD);
		properties.put("spring.data.redis.host", Infrastructure.HOST);
		properties.put("spring.data.redis.port", Infrastructure.redisPort());
		properties.put("govsite.redis.key-prefix", redisPrefix());
		properties.put("govsite.elasticsearch.uri", Infrastructure.elasticsearchUrl());
		properties.put("govsite.elasticsearch.index-prefix", indexPrefix());
		properties.put("govsite.storage.endpoint", Infrastructure.s3Url());
		properties.put("govsite.storage.bucket-prefix", bucketPrefix());
		properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", Infrastructure.issuer());
		properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
				Infrastructure.issuer() + "/protocol/openid-connect/certs");
		return properties;
	}

	private void createDatabase() {
		execute("CREATE DATABASE " + database() + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
	}

	/**
	 * Removes the namespace from every server; a failure on one does not stop the others.
	 */
	public void drop() {
		execute("DROP DATABASE IF EXISTS " + database());
		this.extraDatabases.forEach(name -> execute("DROP DATABASE IF EXISTS " + name));
		quietly(this::dropIndices);
		quietly(this::dropBuckets);
		quietly(this::dropRedisKeys);
	}

	private void execute(String sql) {
		String url = Infrastructure.jdbcUrl("mysql");
		try (Connection connection = DriverManager.getConnection(url, Infrastructure.DB_USER,
				Infrastructure.DB_PASSWORD); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("MariaDB at " + url + " refused: " + sql, ex);
		}
	}

	private void dropIndices() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(Infrastructure.elasticsearchUrl() + "/" + indexPrefix()
				+ "*?expand_wildcards=all&allow_no_indices=true"))
			.timeout(Duration.ofSeconds(30))
			.DELETE()
			.build();
		HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
	}

	private void dropBuckets() throws Exception {
		MinioClient client = MinioClient.builder()
			.endpoint(Infrastructure.s3Url())
			.credentials(Infrastructure.S3_ACCESS_KEY, Infrastructure.S3_SECRET_KEY)
			.build();
		for (ListAllMyBucketsResult.Bucket bucket : client.listBuckets()) {
			String name = bucket.name();
			if (!name.startsWith(bucketPrefix())
					|| !client.bucketExists(BucketExistsArgs.builder().bucket(name).build())) {
				continue;
			}
			for (Result<Item> item : client
				.listObjects(ListObjectsArgs.builder().bucket(name).recursive(true).build())) {
				client.removeObject(RemoveObjectArgs.builder().bucket(name).object(item.get().objectName()).build());
			}
			client.removeBucket(RemoveBucketArgs.builder().bucket(name).build());
		}
	}

	private void dropRedisKeys() {
		RedisClient client = RedisClient.create("redis://" + Infrastructure.HOST + ":" + Infrastructure.redisPort());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			ScanCursor cursor = ScanCursor.INITIAL;
			do {
				KeyScanCursor<String> page = connection.sync()
					.scan(cursor, ScanArgs.Builder.matches(redisPrefix() + "*").limit(500));
				if (!page.getKeys().isEmpty()) {
					connection.sync().del(page.getKeys().toArray(String[]::new));
				}
				cursor = page;
			}
			while (!cursor.isFinished());
		}
		finally {
			client.shutdown();
		}
	}

	private static void quietly(ThrowingRunnable work) {
		try {
			work.run();
		}
		catch (Exception ex) {
			System.err.println("Test namespace clean-up step failed: " + ex);
		}
	}

	@FunctionalInterface
	private interface ThrowingRunnable {

		void run() throws Exception;

	}

}
