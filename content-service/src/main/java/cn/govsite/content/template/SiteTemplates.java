package cn.govsite.content.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import freemarker.cache.MruCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import cn.govsite.common.error.Message;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;

/**
 * Where a site's templates come from: its active version of each template, else the
 * platform default on the classpath. One shared FreeMarker configuration caches them
 * under {@code s{siteId}-{revision}/{file}}, where the revision names the site's active
 * versions, so activating or rolling back changes the names and no cache needs clearing
 * (on any replica). Every source is checked by {@link TemplateGuard} when loaded, so a
 * template that got into the database past the guard still renders nothing.
 */
@Component
public class SiteTemplates {

	static final String DEFAULT_ROOT = "/templates/default/";

	private static final Map<TemplateName, String> DEFAULTS = loadDefaults();

	private final TemplateVersionMapper versions;

	private final Configuration shared;

	@Autowired
	SiteTemplates(TemplateVersionMapper versions) {
		this.versions = versions;
		this.shared = configuration(this::siteSource);
	}

	/** The platform default source of a template. */
	public static String defaultSource(TemplateName name) {
		return DEFAULTS.get(name);
	}

	/**
	 * Renders with the platform defaults only: for tests and benchmarks without a site.
	 */
	public static RenderSet defaults() {
		return new RenderSet(configuration(name -> Optional.of(DEFAULTS.get(name.template()))), "d/");
	}

	/** The current site's templates as they are now. */
	public RenderSet current() {
		SiteRef site = TenantContext.require();
		List<TemplateVersion> active = this.versions.selectList(Wrappers.<TemplateVersion>lambdaQuery()
			.select(TemplateVersion::getId)
			.eq(TemplateVersion::getState, TemplateState.ACTIVE)
			.orderByAsc(TemplateVersion::getId));
		String revision = active.isEmpty() ? "0"
				: active.stream().map(v -> Long.toString(v.getId(), 36)).collect(Collectors.joining("."));
		return new RenderSet(this.shared, "s" + site.id() + "-" + revision + "/");
	}

	/**
	 * The current site's templates with one of them replaced by an unsaved source, for a
	 * preview; refused like a save if the source is unsafe.
	 */
	public RenderSet preview(TemplateName name, String source) {
		List<Message> problems = TemplateGuard.problems(name, source);
		if (!problems.isEmpty()) {
			throw TemplateProblems.refused(name, problems);
		}
		SiteRef site = TenantContext.require();
		String prefix = "s" + site.id() + "-preview/";
		Configuration config = configuration(key -> key.template() == name ? Optional.of(source) : siteSource(key));
		return new RenderSet(config, prefix);
	}

	/** The source the current site renders a template with. */
	public String effectiveSource(TemplateName name) {
		return activeVersion(name).map(TemplateVersion::getSource).orElse(DEFAULTS.get(name));
	}

	Optional<TemplateVersion> activeVersion(TemplateName name) {
		return Optional.ofNullable(this.versions.selectOne(Wrappers.<TemplateVersion>lambdaQuery()
			.eq(TemplateVersion::getName, name.id())
			.eq(TemplateVersion::getState, TemplateState.ACTIVE)));
	}

	private Optional<String> siteSource(Key key) {
		// Only ever the request's own site, whatever name a template asked for.
		if (key.siteId() == null || TenantContext.current().map(SiteRef::id).orElse(-1L).longValue() != key.siteId()) {
			return Optional.empty();
		}
		return Optional.of(effectiveSource(key.template()));
	}

	static Configuration configuration(Function<Key, Optional<String>> sources) {
		Configuration config = SandboxedTemplates.configuration(new Loader(sources));
		config.setCacheStorage(new MruCacheStorage(100, 1000));
		return config;
	}

	private static Map<TemplateName, String> loadDefaults() {
		Map<TemplateName, String> sources = new EnumMap<>(TemplateName.class);
		for (TemplateName name : TemplateName.values()) {
			try (InputStream in = SiteTemplates.class.getResourceAsStream(DEFAULT_ROOT + name.file())) {
				if (in == null) {
					throw new IllegalStateException("The default template set lacks " + name.file());
				}
				sources.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return sources;
	}

	/** A template's name as the loader sees it: {@code s12-3f.a0/article.ftlh}. */
	record Key(Long siteId, TemplateName template) {

		static Optional<Key> parse(String name) {
			int slash = name.indexOf('/');
			if (slash <= 0 || name.indexOf('/', slash + 1) >= 0) {
				return Optional.empty();
			}
			String prefix = name.substring(0, slash);
			Optional<TemplateName> template = TemplateName.ofFile(name.substring(slash + 1));
			if (template.isEmpty()) {
				return Optional.empty();
			}
			Long siteId = null;
			if (prefix.startsWith("s") && prefix.indexOf('-') > 1) {
				try {
					siteId = Long.parseLong(prefix.substring(1, prefix.indexOf('-')));
				}
				catch (NumberFormatException ex) {
					return Optional.empty();
				}
			}
			return Optional.of(new Key(siteId, template.get()));
		}

	}

	/** Finds sources by {@link Key}; anything else does not exist. */
	private static final class Loader implements TemplateLoader {

		private final Function<Key, Optional<String>> sources;

		Loader(Function<Key, Optional<String>> sources) {
			this.sources = sources;
		}

		@Override
		public Object findTemplateSource(String name) {
			Optional<Key> key = Key.parse(name);
			if (key.isEmpty()) {
				return null;
			}
			String source = this.sources.apply(key.get()).orElse(null);
			if (source == null) {
				return null;
			}
			List<Message> problems = TemplateGuard.problems(key.get().template(), source);
			if (!problems.isEmpty()) {
				throw TemplateProblems.refused(key.get().template(), problems);
			}
			return new Source(source);
		}

		@Override
		public long getLastModified(Object templateSource) {
			return 0;
		}

		@Override
		public Reader getReader(Object templateSource, String encoding) {
			return new StringReader(((Source) templateSource).text());
		}

		@Override
		public void closeTemplateSource(Object templateSource) {
		}

	}

	private record Source(String text) {

	}

}
