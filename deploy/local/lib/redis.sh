# shellcheck shell=bash
# Redis (Debian redis-server), daemonized, pid and log in $GOVSITE_STATE. The event streams live here, so it
# keeps an append-only file synced at every write: a kill -9 loses no event the outbox has marked as sent.

REDIS_DIR="$GOVSITE_STATE/redis"

redis_ports() { echo "$GOVSITE_REDIS_PORT"; }
# A daemonized redis-server shows 'redis-server 127.0.0.1:PORT' as its command line.
redis_marker() { echo "redis-server 127.0.0.1:$GOVSITE_REDIS_PORT"; }
redis_logfile() { echo "$LOG_DIR/redis.log"; }
redis_timeout() { echo 20; }
redis_healthy() {
	[[ "$("$(find_bin redis-cli)" -h 127.0.0.1 -p "$GOVSITE_REDIS_PORT" ping 2>/dev/null)" == PONG ]]
}

redis_prepare() {
	if ! find_bin redis-server >/dev/null || ! find_bin redis-cli >/dev/null; then
		apt_install redis-server redis-tools
	fi
	mkdir -p "$REDIS_DIR"
}

redis_launch() {
	local log
	log=$(redis_logfile)
	"$(find_bin redis-server)" --bind 127.0.0.1 --port "$GOVSITE_REDIS_PORT" --save '' --appendonly yes --appendfsync always \
		--daemonize yes --pidfile "$(pidfile redis)" --logfile "$log" --dir "$REDIS_DIR" \
		</dev/null >>"$log" 2>&1 8>&- 9>&- || { err "redis-server did not start."; return 1; }
}
