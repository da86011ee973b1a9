package cn.govsite.asset.asset;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Resource ids a site's content is about to use. */
record UsabilityRequest(@NotNull @Size(max = 500) List<@NotNull Long> assetIds) {

}
