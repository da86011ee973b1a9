package cn.govsite.common.tenant;

import java.util.Optional;
import java.util.function.Supplier;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * The site the current thread works for. Tenant-owned queries read it and fail when it is
 * missing; platform-wide work (inspecting every site) must say so with
 * {@link #callPlatformWide}.
 */
public final class TenantContext {

	private static final ThreadLocal<SiteRef> CURRENT = new ThreadLocal<>();

	private static final ThreadLocal<Boolean> PLATFORM_WIDE = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<SiteRef> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	public static SiteRef require() {
		SiteRef site = CURRENT.get();
		if (site == null) {
			throw new GovsiteException(ProblemType.SITE_REQUIRED,
					Message.of("此操作需要指明站点（请求头 " + TenantHeaders.SITE + " 或站点域名）",
							"This operation needs a site (header " + TenantHeaders.SITE + " or the site's host)"));
		}
		return site;
	}

	public static boolean isPlatformWide() {
		return Boolean.TRUE.equals(PLATFORM_WIDE.get());
	}

	public static <T> T callAs(SiteRef site, Supplier<T> work) {
		try (Scope scope = open(site)) {
			return work.get();
		}
	}

	/**
	 * Sets the site until the returned scope is closed, for code that cannot pass a
	 * lambda.
	 */
	public static Scope open(SiteRef site) {
		SiteRef previous = CURRENT.get();
		CURRENT.set(site);
		return () -> restore(CURRENT, previous);
	}

	/** A site set for a stretch of code; closing it restores what was there before. */
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

	public static void runAs(SiteRef site, Runnable work) {
		callAs(site, () -> {
			work.run();
			return null;
		});
	}

	/** Runs work that deliberately spans every site, such as platform inspection. */
	public static <T> T callPlatformWide(Supplier<T> work) {
		Boolean previous = PLATFORM_WIDE.get();
		PLATFORM_WIDE.set(Boolean.TRUE);
		try {
			return work.get();
		}
		finally {
			restore(PLATFORM_WIDE, previous);
		}
	}

	private static <T> void restore(ThreadLocal<T> holder, T previous) {
		if (previous == null) {
			holder.remove();
		}
		else {
			holder.set(previous);
		}
	}

}
