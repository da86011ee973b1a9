package cn.govsite.asset.asset;

import java.util.EnumSet;
import java.util.Set;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

import static cn.govsite.asset.asset.AssetState.PENDING;
import static cn.govsite.asset.asset.AssetState.REGISTERED;
import static cn.govsite.asset.asset.AssetState.RETIRED;

/**
 * The moves a resource can make, each from an explicit set of states to one state. State
 * changes only through {@link #apply}, and the store writes them conditionally on the
 * state read, so two racing moves cannot both win.
 */
public enum AssetTransition {

	/** 登记 — metadata complete, the resource may be used. */
	REGISTER(EnumSet.of(PENDING), REGISTERED, "登记", "register"),

	/** 退役 — a pending upload is discarded, a registered resource withdrawn from use. */
	RETIRE(EnumSet.of(PENDING, REGISTERED), RETIRED, "退役", "retire");

	private final Set<AssetState> from;

	private final AssetState to;

	private final String zh;

	private final String en;

	AssetTransition(Set<AssetState> from, AssetState to, String zh, String en) {
		this.from = from;
		this.to = to;
		this.zh = zh;
		this.en = en;
	}

	public boolean allowedFrom(AssetState current) {
		return this.from.contains(current);
	}

	public AssetState target() {
		return this.to;
	}

	/** The state after this move, or an {@code invalid-state} problem naming both. */
	public AssetState apply(AssetState current) {
		if (!allowedFrom(current)) {
			throw new GovsiteException(ProblemType.INVALID_STATE,
					Message.of("资源当前状态为「" + current.zh() + "」，不能" + this.zh,
							"A resource in state " + current + " cannot " + this.en));
		}
		return this.to;
	}

}
