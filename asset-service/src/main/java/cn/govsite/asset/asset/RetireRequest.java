package cn.govsite.asset.asset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a resource leaves the library; kept with it. */
record RetireRequest(@NotBlank @Size(max = 500) String reason) {

}
