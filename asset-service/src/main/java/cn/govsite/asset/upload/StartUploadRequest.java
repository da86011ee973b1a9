package cn.govsite.asset.upload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A large file announced before its parts are sent. */
record StartUploadRequest(@NotBlank @Size(max = 255) String filename, @NotNull @Positive Long size,
		@NotBlank @Size(max = 100) String title) {

}
