package cn.govsite.common.config;

import io.minio.MinioClient;
import okhttp3.OkHttpClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.S3ObjectStorage;
import cn.govsite.common.storage.StorageProperties;

/** Object storage for services that bring the MinIO SDK. */
@AutoConfiguration
@ConditionalOnClass(MinioClient.class)
@EnableConfigurationProperties(StorageProperties.class)
public class GovsiteStorageAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MinioClient govsiteMinioClient(StorageProperties properties) {
		return MinioClient.builder()
			.endpoint(properties.endpoint())
			.credentials(properties.accessKey(), properties.secretKey())
			.httpClient(new OkHttpClient.Builder().connectTimeout(properties.connectTimeout())
				.readTimeout(properties.callTimeout())
				.writeTimeout(properties.callTimeout())
				.callTimeout(properties.callTimeout())
				.build(), true)
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	ObjectStorage govsiteObjectStorage(MinioClient client) {
		return new S3ObjectStorage(client);
	}

}
