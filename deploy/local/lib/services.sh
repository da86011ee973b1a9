# shellcheck shell=bash
# The project's Spring Boot services, run from their jars.

SERVICES=(tenant-service content-service search-service asset-service gateway)

svc_ports() {
	case $1 in
	tenant-service) echo "$GOVSITE_TENANT_PORT" ;;
	content-service) echo "$GOVSITE_CONTENT_PORT" ;;
	search-service) echo "$GOVSITE_SEARCH_PORT" ;;
	asset-service) echo "$GOVSITE_ASSET_PORT" ;;
	gateway) echo "$GOVSITE_GATEWAY_PORT" ;;
	*) return 1 ;;
	esac
}
svc_jar() { echo "$GOVSITE_REPO/$1/target/$1-$GOVSITE_VERSION.jar"; }
# The state directory on the command line tells our service processes from others run from the same jar.
svc_marker() { echo "-Dgovsite.state=$GOVSITE_STATE"; }
svc_logfile() { echo "$LOG_DIR/$1.log"; }
# A service starts in 20-40 s on an idle machine; a loaded one (parallel builds) has taken over 200 s.
svc_timeout() { echo "${GOVSITE_SERVICE_START_TIMEOUT:-300}"; }
svc_healthy() {
	curl -fsS --max-time 5 "http://127.0.0.1:$(svc_ports "$1")/actuator/health" 2>/dev/null | grep -q '"status":"UP"'
}
svc_prepare() {
	[[ -f "$(svc_jar "$1")" ]] || { err "$1: no jar at $(svc_jar "$1") (did the build produce it?)"; return 1; }
}

svc_launch() {
	local name=$1 pid
	# A new log per start: the previous one is kept as .log.1.
	[[ -f "$(svc_logfile "$name")" ]] && mv -f "$(svc_logfile "$name")" "$(svc_logfile "$name").1"
	pid=$(cd "$GOVSITE_REPO" && spawn "$(svc_logfile "$name")" "$GOVSITE_JAVA_HOME/bin/java" -Xmx384m \
		"$(svc_marker "$name")" -jar "$(svc_jar "$name")")
	echo "$pid" >"$(pidfile "$name")"
	LAUNCHED[$name]=$pid
}

# Builds the services when a jar is missing or older than the sources (any module's).
services_build() {
	local svc stale='' oldest='' log="$LOG_DIR/build.log" t0 i
	for svc in "${SERVICES[@]}"; do
		[[ -f "$(svc_jar "$svc")" ]] || stale=1
		[[ -z "$oldest" || "$(svc_jar "$svc")" -ot "$oldest" ]] && oldest=$(svc_jar "$svc")
	done
	if [[ -z "$stale" ]] && [[ -z "$(find "$GOVSITE_REPO" -path "$GOVSITE_STATE" -prune -o -path '*/node_modules' -prune \
		-o -path '*/target' -prune -o -path '*/dist' -prune -o \( -name '*.java' -o -name pom.xml \
		-o -path '*/src/main/resources/*' -o -path '*/console/src/*' -o -path '*/console/index.html' \) \
		-newer "$oldest" -print -quit)" ]]; then
		return 0
	fi
	# The build rewrites every jar, and a JVM whose jar changes under it fails at its next class
	# load: stop the services still running (they would go on running the old code anyway).
	for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
		component_running "${SERVICES[i]}" && stop_component "${SERVICES[i]}"
	done
	info "Building the services (./mvnw -q -B -DskipTests package; log $log)"
	t0=$(now)
	mvnw -q -B -DskipTests package >"$log" 2>&1 || {
		tail_log "$log"
		err "The build failed (full log: $log)."
		return 1
	}
	ok "services built in $(elapsed "$t0")"
}
