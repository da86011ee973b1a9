package cn.govsite.common.config;

import java.util.HashSet;

import com.baomidou.mybatisplus.annotation.DbType;
import com.baomidou.mybatisplus.extension.plugins.MybatisPlusInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.PaginationInnerInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.TenantLineInnerInterceptor;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.tenant.SiteTenantLineHandler;

/** MyBatis-Plus with the site filter on every tenant-owned table, and pagination. */
@AutoConfiguration(after = GovsiteCoreAutoConfiguration.class)
@ConditionalOnClass({ MybatisPlusInterceptor.class, TenantLineInnerInterceptor.class })
public class GovsiteMybatisAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MybatisPlusInterceptor govsiteMybatisPlusInterceptor(GovsiteProperties properties) {
		MybatisPlusInterceptor interceptor = new MybatisPlusInterceptor();
		interceptor.addInnerInterceptor(new TenantLineInnerInterceptor(
				new SiteTenantLineHandler(new HashSet<>(properties.tenant().sharedTables()))));
		interceptor.addInnerInterceptor(new PaginationInnerInterceptor(DbType.MARIADB));
		return interceptor;
	}

}
