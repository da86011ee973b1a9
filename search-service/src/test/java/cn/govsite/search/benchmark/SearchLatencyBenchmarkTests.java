package cn.govsite.search.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.ServiceClient;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.search.index.ContentDocument;
import cn.govsite.search.index.SearchIndex;
import cn.govsite.search.index.SearchIndex.VersionedDocument;
import cn.govsite.search.query.ContentQueryBuilder;
import cn.govsite.search.query.SearchCriteria;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query latency at N documents: the search API next to the very same request sent
 * straight to Elasticsearch, and a {@code match_all} baseline, all measured in the same
 * run (same machine, same load). Also prints the bulk indexing throughput of the seeding.
 * A plain timed benchmark: it prints its figures (grep {@code search-latency}) and
 * asserts no timing. Tagged {@code benchmark}, so the normal run leaves it out; run it
 * with
 * {@code ./mvnw -o -B -pl search-service -am verify -Dtest=SearchLatencyBenchmarkTests
 * -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.excludedGroups=none} and
 * {@code -Dsearch.benchmark.documents=N -Dsearch.benchmark.sites=S} (defaults 20,000 and
 * 50; the 1,000,000 over 500 sites needs a bigger Elasticsearch than the local
 * 512 MB one).
 */
@Tag("benchmark")
@GovsiteIntegrationTest
class SearchLatencyBenchmarkTests {

	static final int DOCUMENTS = Integer.getInteger("search.benchmark.documents", 20_000);

	static final int SITES = Integer.getInteger("search.benchmark.sites", 50);

	static final int ROUNDS = Integer.getInteger("search.benchmark.rounds", 400);

	static final int BATCH = 250;

	/** Real government vocabulary; titles and bodies are drawn from it. */
	static final String[] WORDS = ("社会保险 医疗保险 住房公积金 居民身份证 营业执照 户籍 最低生活保障 失业保险金 驾驶证 不动产 个人所得税 公共租赁住房 "
			+ "棚户区改造 出生医学证明 残疾人证 新能源汽车 电动自行车 人力资源 市场监督管理 义务教育 学业水平考试 托育 养老机构 政务服务 "
			+ "便民热线 政府信息公开 规范性文件 企业开办 不停车收费 灵活就业 工伤保险 生育保险 交通违法 轨道交通 老旧小区 居住证 异地就医 "
			+ "港澳通行证 高龄补贴 办理 申请 指南 流程 条件 通知 公告 政策 解读 调整 标准 材料 窗口 服务大厅 网上 备案 登记 变更 补领 "
			+ "提取 缴纳 报销 发放 补贴 审批 公示 年度 报告 工作 要点 专项 检查 安全 生产 防汛 应急 环境 保护 乡村振兴 农业 林业 水利 "
			+ "交通 教育 卫生 健康 文化 旅游 体育 科技 统计 财政 预算 审计 税务 民政 司法 公安 消防 住建 自然资源 生态")
		.split(" ");

	static final String[] QUERIES = { "住房公积金提取", "社保", "医保报销", "营业执照变更", "居住证办理", "防汛应急", "义务教育", "养老机构备案",
			"政府信息公开年度报告", "高龄补贴发放", "交通违法", "灵活就业", "不动产登记", "财政预算", "乡村振兴" };

	@LocalServerPort
	int port;

	@Autowired
	SearchIndex index;

	@Autowired
	ElasticsearchClient client;

	@Value("${govsite.elasticsearch.index-prefix}")
	String indexPrefix;

	@Test
	void apiLatencyNextToTheSameQueryStraightToElasticsearch() throws Exception {
		this.index.ensureReady();
		String alias = this.indexPrefix + "content";
		double docsPerSecond = seed(alias);

		ServiceClient api = new ServiceClient(this.port);
		List<SearchCriteria> criteria = Arrays.stream(QUERIES).map(q -> SearchCriteria.of(q, null, 1, 10)).toList();
		IntConsumer raw = i -> search(
				ContentQueryBuilder.build(criteria.get(i % QUERIES.length), alias, null, List.of()));
		IntConsumer matchAll = i -> search(co.elastic.clients.elasticsearch.core.SearchRequest
			.of(s -> s.index(alias).size(10).query(q -> q.matchAll(m -> m))));
		IntConsumer viaApi = i -> {
			Response response = api
				.get("/search?q=" + URLEncoder.encode(QUERIES[i % QUERIES.length], StandardCharsets.UTF_8), null);
			assertThat(response.status()).as(response.body()).isEqualTo(200);
		};
		// Every query finds something (else the timings would be of empty answers).
		for (String q : QUERIES) {
			Response response = api.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null);
			assertThat(response.json().get("total").asLong()).as(q).isPositive();
		}
		// Warm up all three, then measure them interleaved in rounds so drift hits each
		// alike.
		measure(matchAll, ROUNDS / 4);
		measure(raw, ROUNDS / 4);
		measure(viaApi, ROUNDS / 4);
		long[] baseline = new long[ROUNDS];
		long[] direct = new long[ROUNDS];
		long[] service = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			baseline[i] = time(matchAll, i);
			direct[i] = time(raw, i);
			service[i] = time(viaApi, i);
		}
		System.out.printf("search-latency: %d documents over %d sites; seeding %.0f documents/s (bulk, %d a request)%n",
				DOCUMENTS, SITES, docsPerSecond, BATCH);
		print("match_all (baseline)", baseline, baseline);
		print("same query straight to Elasticsearch", direct, baseline);
		print("search API (HTTP, query building, answer shaping, statistics)", service, baseline);
		System.out.printf("search-latency: API / raw p50 %.2f, p99 %.2f (goal: <= 1.2)%n",
				(double) percentile(service, 50) / percentile(direct, 50),
				(double) percentile(service, 99) / percentile(direct, 99));
	}

	private double seed(String alias) {
		Random random = new Random(42);
		long start = System.nanoTime();
		List<VersionedDocument> batch = new ArrayList<>(BATCH);
		for (int i = 0; i < DOCUMENTS; i++) {
			int site = i % SITES;
			String title = words(random, 4 + random.nextInt(4));
			String body = words(random, 40 + random.nextInt(80));
			Instant published = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(random.nextInt(7 * 365 * 86_400));
			batch.add(new VersionedDocument("bench-" + i, 1L,
					ContentDocument.of(title, body, 50_000L + site, "bench" + site, "基准站点" + site,
							"bench" + site + ".govsite.localhost", 1L, "工作动态", (i % 3 == 0) ? "办事指南" : "政策文件",
							ContentDocument.ARTICLE, "/articles/" + i + ".html", published)));
			if (batch.size() == BATCH) {
				this.index.copy(alias, batch);
				batch.clear();
			}
		}
		this.index.copy(alias, batch);
		double seconds = (System.nanoTime() - start) / 1e9;
		refresh(alias);
		return DOCUMENTS / seconds;
	}

	private static String words(Random random, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(WORDS[random.nextInt(WORDS.length)]);
			if (i % 7 == 6) {
				text.append('，');
			}
		}
		return text.append('。').toString();
	}

	private void refresh(String alias) {
		try {
			this.client.indices().refresh(r -> r.index(alias));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void search(co.elastic.clients.elasticsearch.core.SearchRequest request) {
		try {
			SearchResponse<ContentDocument> response = this.client.search(request, ContentDocument.class);
			assertThat(response.hits().hits()).isNotEmpty();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void measure(IntConsumer call, int rounds) {
		for (int i = 0; i < rounds; i++) {
			call.accept(i);
		}
	}

	private static long time(IntConsumer call, int i) {
		long start = System.nanoTime();
		call.accept(i);
		return System.nanoTime() - start;
	}

	private static void print(String what, long[] samples, long[] baseline) {
		System.out.printf("search-latency: %-62s p50 %6.2f ms  p99 %6.2f ms  (x%.2f / x%.2f of match_all)%n", what,
				percentile(samples, 50) / 1e6, percentile(samples, 99) / 1e6,
				(double) percentile(samples, 50) / percentile(baseline, 50),
				(double) percentile(samples, 99) / percentile(baseline, 99));
	}

	private static long percentile(long[] samples, int p) {
		long[] sorted = samples.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

}
