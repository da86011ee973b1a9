package cn.govsite.e2e;

import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An article published while search-service is stopped is found once it runs again: the
 * event waits in its consumer group, nothing is lost.
 */
@ExtendWith(Platform.class)
class NothingLostWhileSearchIsDownTest {

	@Test
	void anArticlePublishedWhileSearchIsStoppedIsFoundAfterItStarts() {
		Platform platform = Platform.get();
		Demo demo = new Demo(platform);
		String run = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);
		String site = "zjj" + run;
		demo.createSite(site, "示范市住房和城乡建设局", "DEPARTMENT", Demo.cityPortal(demo));
		long column = demo.createColumn(site, "政策解读");
		String host = site + ".govsite.localhost";

		platform.search.stop();
		try {
			long article = demo.createArticle(host, column, "老旧小区改造加装电梯补贴标准公布",
					"示范市住房和城乡建设局公布老旧小区加装电梯补贴标准，每部电梯补贴二十万元。");
			demo.publish(host, article);
			assertThat(demo.gateway.get(host, "/articles/" + article + ".html", null).status()).isEqualTo(200);
		}
		finally {
			platform.search.start();
		}

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			GatewayClient.Response found = demo.search("加装电梯补贴");
			assertThat(found.status()).isEqualTo(200);
			assertThat(found.json().get("hits").valueStream().map(h -> h.get("siteName").asString()))
				.contains("示范市住房和城乡建设局");
		});
	}

}
