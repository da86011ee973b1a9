package cn.govsite.common.test;

import java.util.List;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every context of a {@link GovsiteIntegrationTest} class its own
 * {@link TestNamespace}, created before the application starts and dropped when the
 * context closes.
 */
public class NamespaceContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.isPresent(GovsiteIntegrationTest.class);
		return wanted ? new NamespaceCustomizer() : null;
	}

	private static final class NamespaceCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestNamespace namespace = TestNamespace.create();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("govsite-test-namespace", namespace.properties()));
			DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
			beans.registerSingleton("govsiteTestNamespace", namespace);
			// Registered first, so destroyed last: after consumers and relays have
			// stopped.
			beans.registerDisposableBean("govsiteTestNamespaceDrop", namespace::drop);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof NamespaceCustomizer;
		}

		@Override
		public int hashCode() {
			return NamespaceCustomizer.class.hashCode();
		}

	}

}
