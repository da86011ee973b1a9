package cn.govsite.asset.sharing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The site a resource is granted to. */
record GrantRequest(@NotNull @Positive Long siteId) {

}
