package cn.govsite.tenant.lifecycle;

/** 生命周期操作 — what someone asks the lifecycle to do with a site. */
public enum LifecycleAction {

	/** 批准开设. */
	APPROVE,
	/** 正式上线. */
	BRING_ONLINE,
	/** 临时下线. */
	TAKE_OFFLINE,
	/** 紧急关停. */
	EMERGENCY_SHUTDOWN,
	/** 恢复上线 after a temporary offline or an emergency shutdown. */
	RESTORE,
	/** 启动注销关停: migrate, then show the closing notice. */
	START_CLOSING,
	/** 完成关停 after the notice period: the domain is released. */
	CLOSE,
	/** 退出监管. */
	EXIT_SUPERVISION;

	/** The names clients may send, for validation patterns. */
	public static final String PATTERN = "APPROVE|BRING_ONLINE|TAKE_OFFLINE|EMERGENCY_SHUTDOWN|RESTORE|START_CLOSING|CLOSE|EXIT_SUPERVISION";

}
