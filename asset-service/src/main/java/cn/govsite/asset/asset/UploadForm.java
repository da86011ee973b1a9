package cn.govsite.asset.asset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** The multipart form of an upload: the file and the title people will know it by. */
record UploadForm(@NotNull MultipartFile file, @NotBlank @Size(max = 100) String title) {

}
