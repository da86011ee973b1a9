package cn.govsite.tenant.site;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * 站点生命周期 — the explicit state machine of a site. Every status change goes through
 * {@link #move}, so a refused transition is one typed problem and new states only need a
 * line in the table.
 * <p>
 * For now a new site is {@link SiteStatus#APPLIED} and goes {@link SiteStatus#ONLINE} in
 * the same request that creates it: the approval step arrives with the lifecycle issue.
 */
public final class SiteLifecycle {

	private static final Map<SiteStatus, Set<SiteStatus>> ALLOWED = new EnumMap<>(SiteStatus.class);

	static {
		ALLOWED.put(SiteStatus.APPLIED, EnumSet.of(SiteStatus.ONLINE));
		ALLOWED.put(SiteStatus.ONLINE, EnumSet.noneOf(SiteStatus.class));
	}

	private SiteLifecycle() {
	}

	/** The status a registered site starts in. */
	public static SiteStatus initial() {
		return SiteStatus.APPLIED;
	}

	public static boolean canMove(SiteStatus from, SiteStatus to) {
		return ALLOWED.getOrDefault(from, Set.of()).contains(to);
	}

	/**
	 * The new status, or an {@code invalid-state} problem when the move is not allowed.
	 */
	public static SiteStatus move(SiteStatus from, SiteStatus to) {
		if (!canMove(from, to)) {
			throw new GovsiteException(ProblemType.INVALID_STATE,
					Message.of("站点状态不能从 " + from + " 变为 " + to, "A site cannot go from " + from + " to " + to));
		}
		return to;
	}

}
