package cn.govsite.content.template;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TimeZone;

import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;

/**
 * The FreeMarker configuration every site template runs in. Templates will be editable by
 * tenants, so they may read the model they are given (maps, lists, strings, numbers) and
 * nothing else: no Java objects' methods or fields, no {@code ?new}, no {@code ?api}, and
 * everything printed is HTML-escaped unless a template says otherwise.
 */
public final class SandboxedTemplates {

	static final Version VERSION = Configuration.VERSION_2_3_34;

	private SandboxedTemplates() {
	}

	public static Configuration configuration(TemplateLoader loader) {
		Configuration config = new Configuration(VERSION);
		config.setTemplateLoader(loader);
		config.setOutputFormat(HTMLOutputFormat.INSTANCE);
		config.setRecognizeStandardFileExtensions(true);
		config.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
		config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		config.setAPIBuiltinEnabled(false);
		config.setObjectWrapper(objectWrapper());
		config.setDefaultEncoding(StandardCharsets.UTF_8.name());
		config.setOutputEncoding(StandardCharsets.UTF_8.name());
		config.setLocale(Locale.SIMPLIFIED_CHINESE);
		config.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
		config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		config.setLogTemplateExceptions(false);
		config.setWrapUncheckedExceptions(true);
		config.setFallbackOnNullLoopVariable(false);
		// One syntax only, so a [#ftl] header cannot switch to a syntax the guard does
		// not read, and no locale variants (article_zh_CN.ftlh) are looked for.
		config.setTagSyntax(Configuration.ANGLE_BRACKET_TAG_SYNTAX);
		config.setInterpolationSyntax(Configuration.LEGACY_INTERPOLATION_SYNTAX);
		config.setLocalizedLookup(false);
		// A site's templates are looked up under a name that changes whenever its set
		// changes (SiteTemplates), so a cached template never needs re-reading.
		config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
		return config;
	}

	/**
	 * Wraps maps, lists, strings, numbers and booleans as plain template values; any
	 * other object becomes a bean with no visible members at all.
	 */
	static DefaultObjectWrapper objectWrapper() {
		DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(VERSION);
		builder.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
		builder.setExposeFields(false);
		builder.setMemberAccessPolicy(NothingExposed.INSTANCE);
		builder.setUseAdaptersForContainers(true);
		builder.setIterableSupport(false);
		return builder.build();
	}

	/** A member access policy that grants access to no constructor, method or field. */
	enum NothingExposed implements MemberAccessPolicy {

		INSTANCE;

		private static final ClassMemberAccessPolicy NONE = new ClassMemberAccessPolicy() {
			@Override
			public boolean isMethodExposed(Method method) {
				return false;
			}

			@Override
			public boolean isConstructorExposed(Constructor<?> constructor) {
				return false;
			}

			@Override
			public boolean isFieldExposed(Field field) {
				return false;
			}
		};

		@Override
		public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
			return NONE;
		}

		@Override
		public boolean isToStringAlwaysExposed() {
			return false;
		}

	}

}
