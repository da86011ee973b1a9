# shellcheck shell=bash
# The commands of ./govsite and the generic start/await/stop of a component.

SERVERS=(mariadb redis s3proxy elasticsearch keycloak)

# Calls OP of a component: a server's own function (mariadb_healthy, es_healthy...) or the service one.
call() {
	local name=$1 op=$2
	shift 2
	case $name in
	elasticsearch) name=es ;;
	mariadb | redis | s3proxy | keycloak) ;;
	*) set -- "$name" "$@" && name=svc ;;
	esac
	if declare -F "${name}_$op" >/dev/null; then "${name}_$op" "$@"; fi
}

first_port() { call "$1" ports | cut -d' ' -f1; }

lock_state() {
	[[ -n "${GOVSITE_LOCKED:-}" ]] && return 0
	exec 9>"$GOVSITE_STATE/.lock"
	flock -n 9 || die "Another ./govsite is working on $GOVSITE_STATE right now: wait for it to finish."
	GOVSITE_LOCKED=1
}

# Fails before anything starts when a port of a stopped component is taken.
preflight_ports() {
	local name failed=0 ports
	for name in "$@"; do
		component_running "$name" && continue
		ports=$(call "$name" ports)
		# shellcheck disable=SC2086 # ports are a space-separated list of numbers
		ensure_ports_free "$name" $ports || failed=1
	done
	return "$failed"
}

component_running() { pid_of "$1" >/dev/null 2>&1; }

# Starts a component unless it already runs; never waits for it to become healthy.
launch() {
	local name=$1 pid
	if pid=$(pid_of "$name"); then
		if call "$name" healthy; then
			ok "$name already running (pid $pid, port $(first_port "$name"))"
		else
			info "$name is running (pid $pid) but not healthy yet: waiting for it"
			LAUNCHED[$name]=$pid
		fi
		[[ $name == elasticsearch ]] && es_check_plugin_fresh
		return 0
	fi
	rm -f "$(pidfile "$name")"
	call "$name" prepare || return 1
	info "Starting $name on 127.0.0.1:$(first_port "$name")"
	STARTED[$name]=$(now)
	call "$name" launch || return 1
	FRESH[$name]=1
}

# Waits until a launched component is healthy, then runs its after-start checks.
await() {
	local name=$1 deadline log
	[[ -n "${LAUNCHED[$name]:-}${FRESH[$name]:-}" ]] || return 0
	deadline=$(($(now) + $(call "$name" timeout)))
	log=$(call "$name" logfile)
	until call "$name" healthy; do
		if ! pid_of "$name" >/dev/null && ! kill -0 "${LAUNCHED[$name]:-0}" 2>/dev/null; then
			err "$name exited during start."
			tail_log "$log"
			return 1
		fi
		if (($(now) >= deadline)); then
			err "$name is not healthy after $(call "$name" timeout)s (it keeps running; ./govsite logs $name)."
			tail_log "$log"
			return 1
		fi
		sleep 1
	done
	if [[ -n "${FRESH[$name]:-}" ]]; then
		call "$name" after_start || { tail_log "$log" 20; return 1; }
		ok "$name up on 127.0.0.1:$(first_port "$name") ($(elapsed "${STARTED[$name]}") after its start)"
	else
		ok "$name is healthy"
	fi
}

# Launches every component, then awaits each; fails when any failed.
start_all() {
	local name failed=()
	preflight_ports "$@" || return 1
	for name in "$@"; do
		launch "$name" || failed+=("$name")
	done
	for name in "$@"; do
		[[ " ${failed[*]} " == *" $name "* ]] && continue
		await "$name" || failed+=("$name")
	done
	if ((${#failed[@]})); then
		err "Not started: ${failed[*]}"
		return 1
	fi
}

# Stops a component by its pid file, then any leftover of ours still holding one of its ports.
stop_component() {
	local name=$1 pid port holder stopped='' t0
	t0=$(now)
	if pid=$(pid_of "$name"); then
		stop_pid "$pid" 60 "$name"
		stopped=1
	fi
	for port in $(call "$name" ports); do
		for holder in $(port_holder_pids "$port"); do
			if pid_matches "$holder" "$GOVSITE_STATE" || { [[ $name == elasticsearch ]] && pid_matches "$holder" "$(es_marker)"; }; then
				stop_pid "$holder" 30 "$name (leftover pid $holder)"
				stopped=1
			fi
		done
	done
	rm -f "$(pidfile "$name")"
	if [[ -n "$stopped" ]]; then ok "stopped $name ($(elapsed "$t0"))"; else echo "    $name was not running"; fi
}

cmd_up() {
	local infra_only='' t0 arg
	for arg in "$@"; do
		case $arg in
		--infra) infra_only=1 ;;
		*) die "Unknown option '$arg' for up (see ./govsite help)." ;;
		esac
	done
	lock_state
	save_ports
	find_jdk
	ensure_tools
	t0=$(now)
	start_all "${SERVERS[@]}" || die "The servers are not all up (see above)."
	ok "servers ready in $(elapsed "$t0") (state: $GOVSITE_STATE)"
	[[ -n "$infra_only" ]] && return 0
	up_services
}

up_services() {
	local t0 name all_running=1
	t0=$(now)
	for name in "${SERVICES[@]}"; do component_running "$name" || all_running=''; done
	[[ -n "$all_running" ]] || services_build || die "Cannot build the services."
	start_all "${SERVICES[@]}" || die "The services are not all up (see above)."
	ok "services ready in $(elapsed "$t0")"
	if [[ -f "$GOVSITE_REPO/deploy/local/seed-demo.sh" ]]; then
		info "Seeding the demo platform (deploy/local/seed-demo.sh)"
		bash "$GOVSITE_REPO/deploy/local/seed-demo.sh" || die "deploy/local/seed-demo.sh failed."
	fi
	print_urls
}

print_urls() {
	cat <<EOF

  Site (gateway)     http://www.govsite.localhost:$GOVSITE_GATEWAY_PORT/
  Keycloak admin     http://127.0.0.1:$GOVSITE_KEYCLOAK_PORT/admin/   admin / admin
  Platform operator  operator / Govsite@2026   (also supervisor, citizen; same password)
  Logs               ./govsite logs [name]      Status: ./govsite status

EOF
}

cmd_down() {
	local i
	lock_state
	for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do stop_component "${SERVICES[i]}"; done
	for ((i = ${#SERVERS[@]} - 1; i >= 0; i--)); do stop_component "${SERVERS[i]}"; done
}

# kill -9 of a component and every process under it, as a crash does: no shutdown hooks, nothing flushed.
cmd_kill() {
	local name=${1:-} pid pids
	[[ " ${SERVERS[*]} ${SERVICES[*]} " == *" $name "* ]] ||
		die "Usage: ./govsite kill NAME (one of: ${SERVERS[*]} ${SERVICES[*]})"
	pid=$(pid_of "$name") || die "$name is not running."
	pids=$(pid_tree "$pid")
	# shellcheck disable=SC2086 # a list of pids
	kill -KILL $pids 2>/dev/null || true
	for pid in $pids; do
		while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
	done
	ok "killed $name (kill -9 of $(wc -w <<<"$pids") processes)"
}

# The fault drill (issue 12): a platform of its own (ports +20000, state .govsite-faults), then the
# e2e tests tagged faults, which kill -9 servers and services during a publishing burst.
cmd_faults() {
	local rc=0 pair var
	if [[ -z "${GOVSITE_FAULT_DRILL:-}" ]]; then
		for pair in DB:13306 REDIS:16379 ES:19200 ES_TRANSPORT:19300 S3:19000 KEYCLOAK:18180 \
			KEYCLOAK_MANAGEMENT:18190 GATEWAY:18080 TENANT:18081 CONTENT:18082 SEARCH:18083 ASSET:18084; do
			var="GOVSITE_${pair%%:*}_PORT"
			export "$var=$((${pair##*:} + 20000))"
		done
		GOVSITE_FAULT_DRILL=1 GOVSITE_STATE="$GOVSITE_REPO/.govsite-faults" exec "$GOVSITE_REPO/govsite" faults
	fi
	cmd_up --infra
	# The tests call ./govsite kill and ./govsite up --infra on this state while we hold its lock.
	export GOVSITE_LOCKED=1
	info "Running the fault drill (./mvnw -B verify -Dgroups=faults)"
	(cd "$GOVSITE_REPO" && JAVA_HOME="$GOVSITE_JAVA_HOME" ./mvnw -B verify -Dgroups=faults \
		-Dsurefire.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false) || rc=$?
	info "fault drill: exit code $rc; stopping its platform"
	cmd_down
	return "$rc"
}

cmd_status() {
	local name pid health rss total=0 mb
	printf '%-16s %-12s %-8s %-9s %8s\n' NAME PORT PID HEALTH RSS_MB
	for name in "${SERVERS[@]}" "${SERVICES[@]}"; do
		if pid=$(pid_of "$name"); then
			if call "$name" healthy; then health=healthy; else health=UNHEALTHY; fi
			rss=$(rss_kb "$pid")
			total=$((total + rss))
			mb=$((rss / 1024))
		else
			pid=- health=stopped mb=-
		fi
		printf '%-16s %-12s %-8s %-9s %8s\n' "$name" "$(call "$name" ports | tr ' ' ,)" "$pid" "$health" "$mb"
	done
	printf '%-16s %-12s %-8s %-9s %8s\n' TOTAL '' '' '' "$((total / 1024))"
	echo "state: $GOVSITE_STATE"
}

cmd_logs() {
	local name file
	if (($# == 0)); then
		for name in "${SERVERS[@]}" "${SERVICES[@]}"; do
			file=$(call "$name" logfile)
			[[ -e "$file" ]] || continue
			printf '\n%s===== %s (%s) =====%s\n' "$C_B" "$name" "$file" "$C_0"
			tail -n 100 "$file"
		done
		return 0
	fi
	name=$1
	[[ " ${SERVERS[*]} ${SERVICES[*]} " == *" $name "* ]] ||
		die "Unknown name '$name'. Names: ${SERVERS[*]} ${SERVICES[*]}"
	file=$(call "$name" logfile)
	[[ -e "$file" ]] || die "No log yet for $name ($file)."
	tail -n 100 "$file"
}

cmd_test() {
	local t0 infra_time rc=0
	t0=$(now)
	cmd_up --infra
	infra_time=$(elapsed "$t0")
	info "Running ./mvnw -B verify"
	t0=$(now)
	(cd "$GOVSITE_REPO" && JAVA_HOME="$GOVSITE_JAVA_HOME" ./mvnw -B verify) || rc=$?
	info "infra start: $infra_time, tests: $(elapsed "$t0"), exit code $rc"
	((rc == 0)) || return "$rc"
	console_e2e || rc=$?
	return "$rc"
}

# The console's Playwright tests in Debian's Chromium, against the whole platform with its demo data.
console_e2e() {
	local t0 rc=0
	command -v chromium >/dev/null 2>&1 && [[ -d /usr/share/fonts/opentype/noto ]] || apt_install chromium fonts-noto-cjk
	up_services
	info "Running the console e2e (npm --prefix console run e2e)"
	t0=$(now)
	(cd "$GOVSITE_REPO" && npm --prefix console run e2e) || rc=$?
	info "console e2e: $(elapsed "$t0"), exit code $rc (screenshots in console/e2e/artifacts)"
	return "$rc"
}

cmd_help() {
	cat <<EOF
Usage: ./govsite COMMAND

  up            start the servers, build and start the services, seed the demo, print the URLs
  up --infra    start only the servers: MariaDB, Redis, Elasticsearch, S3Proxy, Keycloak
  down          stop everything this launcher started (by its PID files)
  status        port, pid, health and memory of every server and service
  logs [name]   last 100 lines of one log, or of all ($(echo "${SERVERS[@]}" "${SERVICES[@]}" | tr ' ' ','))
  test          up --infra, ./mvnw -B verify, then up and the console e2e in Chromium (exit code passed through)
  faults        the fault drill on a platform of its own (ports +20000): kill -9 of each part during a burst
  kill NAME     kill -9 one server or service and its children (for fault drills)
  help          this text

State (data, logs, pid files): \$GOVSITE_STATE, now $GOVSITE_STATE
Ports (override with the variable):
  GOVSITE_DB_PORT=$GOVSITE_DB_PORT  GOVSITE_REDIS_PORT=$GOVSITE_REDIS_PORT  GOVSITE_ES_PORT=$GOVSITE_ES_PORT (GOVSITE_ES_TRANSPORT_PORT=$GOVSITE_ES_TRANSPORT_PORT)
  GOVSITE_S3_PORT=$GOVSITE_S3_PORT  GOVSITE_KEYCLOAK_PORT=$GOVSITE_KEYCLOAK_PORT (GOVSITE_KEYCLOAK_MANAGEMENT_PORT=$GOVSITE_KEYCLOAK_MANAGEMENT_PORT)
  GOVSITE_GATEWAY_PORT=$GOVSITE_GATEWAY_PORT  GOVSITE_TENANT_PORT=$GOVSITE_TENANT_PORT  GOVSITE_CONTENT_PORT=$GOVSITE_CONTENT_PORT
  GOVSITE_SEARCH_PORT=$GOVSITE_SEARCH_PORT  GOVSITE_ASSET_PORT=$GOVSITE_ASSET_PORT
Accounts: MariaDB govsite/govsite; S3 govsite/govsite-dev-secret; Keycloak admin/admin, realm govsite: operator/Govsite@2026
EOF
}
