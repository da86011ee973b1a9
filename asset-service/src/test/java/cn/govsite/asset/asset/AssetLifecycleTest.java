package cn.govsite.asset.asset;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.govsite.asset.inspection.FileKind;
import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssetLifecycleTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void onlyPendingRegistersAndRetiredIsFinal() {
		assertThat(AssetTransition.REGISTER.apply(AssetState.PENDING)).isEqualTo(AssetState.REGISTERED);
		assertThat(AssetTransition.RETIRE.apply(AssetState.PENDING)).isEqualTo(AssetState.RETIRED);
		assertThat(AssetTransition.RETIRE.apply(AssetState.REGISTERED)).isEqualTo(AssetState.RETIRED);
		for (AssetTransition move : AssetTransition.values()) {
			assertThatThrownBy(() -> move.apply(AssetState.RETIRED)).isInstanceOfSatisfying(GovsiteException.class,
					ex -> {
						assertThat(ex.type()).isEqualTo(ProblemType.INVALID_STATE);
						assertThat(ex.detail().zh()).contains("已退役");
						assertThat(ex.detail().en()).contains("RETIRED");
					});
		}
		assertThatThrownBy(() -> AssetTransition.REGISTER.apply(AssetState.REGISTERED))
			.isInstanceOf(GovsiteException.class);
		assertThat(AssetState.RETIRED.editable()).isFalse();
	}

	@Test
	void registrationNeedsSourceRightsCategoryAndForImagesAltText() {
		AssetMetadata bare = new AssetMetadata("标题", null, null, null, null, null, null, null, null);
		assertThat(fields(bare.missingForRegistration(FileKind.IMAGE, TODAY))).containsExactly("sourceType",
				"rightsHolder", "licence", "category", "altText");
		assertThat(fields(bare.missingForRegistration(FileKind.DOCUMENT, TODAY))).doesNotContain("altText");

		AssetMetadata reprint = new AssetMetadata("标题", SourceType.REPRINTED, " ", "新华社", "授权转载", null, "新闻图片",
				List.of("会议"), "市长在会上讲话");
		assertThat(fields(reprint.missingForRegistration(FileKind.IMAGE, TODAY))).containsExactly("sourceName");

		AssetMetadata expired = new AssetMetadata("标题", SourceType.ORIGINAL, null, "本站", "自有版权", TODAY.minusDays(1),
				"文件", List.of(), null);
		assertThat(fields(expired.missingForRegistration(FileKind.DOCUMENT, TODAY))).containsExactly("rightsExpireOn");

		AssetMetadata complete = new AssetMetadata("标题", SourceType.ORIGINAL, null, "本站", "自有版权", TODAY, "文件",
				List.of(), null);
		assertThat(complete.missingForRegistration(FileKind.DOCUMENT, TODAY)).isEmpty();
	}

	private static List<String> fields(List<FieldViolation> violations) {
		return violations.stream().map(FieldViolation::field).toList();
	}

}
