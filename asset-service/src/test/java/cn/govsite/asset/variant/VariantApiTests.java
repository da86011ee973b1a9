package cn.govsite.asset.variant;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import cn.govsite.asset.inspection.Fixtures;
import cn.govsite.asset.support.LibraryIntegrationTest;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.test.ServiceClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VariantApiTests extends LibraryIntegrationTest {

	private SiteRef siteA;

	private SiteRef siteB;

	private String editorA;

	private String editorB;

	@BeforeAll
	void sites() {
		this.siteA = site();
		this.siteB = site();
		this.editorA = user(this.siteA, "editor");
		this.editorB = user(this.siteB, "editor");
	}

	@Test
	void registrationMakesTheThumbnailAndEveryWidthBelowTheOriginalOnce() throws Exception {
		byte[] picture = Fixtures.png(1000 + (int) (Math.random() * 100), 500);
		long id = registered(this.editorA, this.siteA, "横幅.png", picture);
		String sha = this.jdbc.queryForObject("SELECT sha256 FROM asset WHERE id = ?", String.class, id);
		assertThat(objectsUnder("variants/" + sha + "/")).containsExactlyInAnyOrder("variants/" + sha + "/w160",
				"variants/" + sha + "/w320", "variants/" + sha + "/w640");

		Response list = http().get("/assets/" + id + "/variants", this.editorA, this.siteA);
		assertThat(list.status()).isEqualTo(200);
		List<Integer> widths = new ArrayList<>();
		list.json().forEach(v -> widths.add(v.get("width").asInt()));
		assertThat(widths).containsExactly(160, 320, 640);
		JsonNode first = list.json().get(0);
		assertThat(first.get("path").asString()).isEqualTo("/assets/" + id + "/variants/160");

		Response variant = http().get("/assets/" + id + "/variants/320", this.editorA, this.siteA);
		assertThat(variant.status()).isEqualTo(200);
		assertThat(variant.header("Content-Type")).isEqualTo("image/png");
		BufferedImage scaled = ImageIO.read(new ByteArrayInputStream(variant.bytes()));
		assertThat(scaled.getWidth()).isEqualTo(320);
		assertThat(scaled.getHeight()).isEqualTo(VariantService.heightFor(assetOf(id), 320));
		problem(http().get("/assets/" + id + "/variants/1280", this.editorA, this.siteA), 404, "not-found");
		problem(http().get("/assets/" + id + "/variants/333", this.editorA, this.siteA), 404, "not-found");

		// the same picture registered by another site is not scaled again
		registered(this.editorB, this.siteB, "同图.png", picture);
		assertThat(objectsUnder("variants/" + sha + "/")).hasSize(3);
	}

	@Test
	void siteBCannotListOrFetchSiteAsVariants() {
		long id = registered(this.editorA, this.siteA, "私有.jpg", Fixtures.jpeg(400 + (int) (Math.random() * 50), 300));
		problem(http().get("/assets/" + id + "/variants", this.editorB, this.siteB), 404, "not-found");
		problem(http().get("/assets/" + id + "/variants/160", this.editorB, this.siteB), 404, "not-found");
		problem(http().get("/assets/" + id + "/variants/160", this.editorB, this.siteA), 403, "forbidden");
		assertThat(http().get("/assets/" + id + "/variants/160", this.editorA, this.siteA).header("Content-Type"))
			.isEqualTo("image/jpeg");
	}

	private cn.govsite.asset.asset.Asset assetOf(long id) {
		cn.govsite.asset.asset.Asset asset = new cn.govsite.asset.asset.Asset();
		asset.setWidth(this.jdbc.queryForObject("SELECT width FROM asset WHERE id = ?", Integer.class, id));
		asset.setHeight(this.jdbc.queryForObject("SELECT height FROM asset WHERE id = ?", Integer.class, id));
		return asset;
	}

}
