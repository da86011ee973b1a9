# shellcheck shell=bash
# Shared helpers of ./govsite: configuration, messages, JDK, Maven, PID files, ports, waits, apt.

# ---- configuration (every name and default is part of the contract with the services and tests) ----
: "${GOVSITE_STATE:=$GOVSITE_REPO/.govsite}"
case "$GOVSITE_STATE" in /*) ;; *) GOVSITE_STATE="$PWD/$GOVSITE_STATE" ;; esac
PORT_VARS=(GOVSITE_DB_PORT GOVSITE_REDIS_PORT GOVSITE_ES_PORT GOVSITE_ES_TRANSPORT_PORT GOVSITE_S3_PORT
	GOVSITE_KEYCLOAK_PORT GOVSITE_KEYCLOAK_MANAGEMENT_PORT GOVSITE_GATEWAY_PORT GOVSITE_TENANT_PORT
	GOVSITE_CONTENT_PORT GOVSITE_SEARCH_PORT GOVSITE_ASSET_PORT)
# A state directory remembers the ports it was started with (save_ports), so that a later
# `down` or `status` without the same variables still finds its servers.
if [[ -f "$GOVSITE_STATE/ports.env" ]]; then
	while IFS='=' read -r name value; do
		if [[ " ${PORT_VARS[*]} " == *" $name "* && -z "${!name:-}" ]]; then
			printf -v "$name" '%s' "$value"
		fi
	done <"$GOVSITE_STATE/ports.env"
fi
: "${GOVSITE_DB_PORT:=13306}"
: "${GOVSITE_REDIS_PORT:=16379}"
: "${GOVSITE_ES_PORT:=19200}"
: "${GOVSITE_ES_TRANSPORT_PORT:=19300}"
: "${GOVSITE_S3_PORT:=19000}"
: "${GOVSITE_KEYCLOAK_PORT:=18180}"
: "${GOVSITE_KEYCLOAK_MANAGEMENT_PORT:=18190}"
: "${GOVSITE_GATEWAY_PORT:=18080}"
: "${GOVSITE_TENANT_PORT:=18081}"
: "${GOVSITE_CONTENT_PORT:=18082}"
: "${GOVSITE_SEARCH_PORT:=18083}"
: "${GOVSITE_ASSET_PORT:=18084}"
export GOVSITE_STATE GOVSITE_DB_PORT GOVSITE_REDIS_PORT GOVSITE_ES_PORT GOVSITE_ES_TRANSPORT_PORT \
	GOVSITE_S3_PORT GOVSITE_KEYCLOAK_PORT GOVSITE_KEYCLOAK_MANAGEMENT_PORT GOVSITE_GATEWAY_PORT \
	GOVSITE_TENANT_PORT GOVSITE_CONTENT_PORT GOVSITE_SEARCH_PORT GOVSITE_ASSET_PORT

save_ports() {
	local name
	mkdir -p "$GOVSITE_STATE"
	for name in "${PORT_VARS[@]}"; do printf '%s=%s\n' "$name" "${!name}"; done >"$GOVSITE_STATE/ports.env"
}

GOVSITE_ES_VERSION=9.5.4
GOVSITE_S3PROXY_VERSION=4.1.0
GOVSITE_KEYCLOAK_VERSION=26.7.3
GOVSITE_M2="${GOVSITE_M2:-$HOME/.m2/repository}"
GOVSITE_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/govsite"
RUN_DIR="$GOVSITE_STATE/run"
# Per component, during one command: pid being started, started in this run, start time.
declare -A LAUNCHED=() FRESH=() STARTED=()
LOG_DIR="$GOVSITE_STATE/logs"

# ---- messages ----
if [[ -t 1 ]]; then
	C_B=$'\e[1m' C_G=$'\e[32m' C_Y=$'\e[33m' C_R=$'\e[31m' C_0=$'\e[0m'
else
	C_B='' C_G='' C_Y='' C_R='' C_0=''
fi
info() { printf '%s==>%s %s\n' "$C_B" "$C_0" "$*"; }
ok() { printf '%s ok%s %s\n' "$C_G" "$C_0" "$*"; }
warn() { printf '%swarn%s %s\n' "$C_Y" "$C_0" "$*" >&2; }
err() { printf '%sfail%s %s\n' "$C_R" "$C_0" "$*" >&2; }
die() {
	err "$*"
	exit 1
}
now() { date +%s; }
elapsed() { echo "$(($(now) - $1))s"; }

# Prints the last lines of a log file, indented, to stderr.
tail_log() {
	local file=$1 lines=${2:-40}
	if [[ -f "$file" ]]; then
		printf '     --- last %s lines of %s ---\n' "$lines" "$file" >&2
		tail -n "$lines" "$file" | sed 's/^/     | /' >&2
	else
		printf '     (no log at %s)\n' "$file" >&2
	fi
}

is_root() { [[ $EUID -eq 0 ]]; }

# ---- JDK 21+ ----
jdk_major() {
	local version
	version=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1)
	echo "${version:-0}"
}

# Sets GOVSITE_JAVA_HOME to a JDK 21+: $GOVSITE_JAVA_HOME, $JAVA_HOME, else the newest under /usr/lib/jvm.
find_jdk() {
	[[ -n "${GOVSITE_JDK_FOUND:-}" ]] && return 0
	local candidate best='' best_major=0 major
	for candidate in "${GOVSITE_JAVA_HOME:-}" "${JAVA_HOME:-}"; do
		if [[ -n "$candidate" && -x "$candidate/bin/java" && $(jdk_major "$candidate") -ge 21 ]]; then
			best=$candidate
			break
		fi
	done
	if [[ -z "$best" ]]; then
		for candidate in /usr/lib/jvm/*/; do
			candidate=${candidate%/}
			[[ -x "$candidate/bin/java" && ! -L "$candidate" ]] || continue
			major=$(jdk_major "$candidate")
			if ((major >= 21 && major > best_major)); then
				best=$candidate best_major=$major
			fi
		done
	fi
	[[ -n "$best" ]] || die "No JDK 21 or newer found (looked at \$GOVSITE_JAVA_HOME, \$JAVA_HOME and /usr/lib/jvm/*). Install one, or set GOVSITE_JAVA_HOME."
	GOVSITE_JAVA_HOME=$best GOVSITE_JDK_FOUND=1
	export GOVSITE_JAVA_HOME
}

# Runs the Maven wrapper of the repo with the JDK 21+.
mvnw() {
	find_jdk
	(cd "$GOVSITE_REPO" && JAVA_HOME="$GOVSITE_JAVA_HOME" ./mvnw "$@")
}

# Path of an artifact in the local Maven repository, fetching it from Maven Central when missing.
# m2_artifact GROUP ARTIFACT VERSION TYPE [CLASSIFIER]
m2_artifact() {
	local group=$1 artifact=$2 version=$3 type=$4 classifier=${5:-} file coords
	file="$GOVSITE_M2/${group//.//}/$artifact/$version/$artifact-$version${classifier:+-$classifier}.$type"
	if [[ ! -s "$file" ]]; then
		coords="$group:$artifact:$version:$type${classifier:+:$classifier}"
		info "Downloading $coords into $GOVSITE_M2 (once)" >&2
		local t0
		t0=$(now)
		mvnw -q -B dependency:get -Dtransitive=false -Dartifact="$coords" >&2 ||
			die "Could not download $coords from Maven Central."
		[[ -s "$file" ]] || die "Downloaded $coords but $file is missing (is ~/.m2 somewhere else? set GOVSITE_M2)."
		ok "downloaded $coords in $(elapsed "$t0")" >&2
	fi
	echo "$file"
}

# ---- Debian packages ----
APT_UPDATED=''
# Installs Debian packages (root only), without letting their maintainer scripts start system services.
apt_install() {
	is_root || die "Missing Debian package(s) $*: install them (sudo apt-get install -y $*) or run ./govsite as root."
	command -v apt-get >/dev/null || die "Missing $* and no apt-get: install them by hand."
	if [[ -z "$APT_UPDATED" ]]; then
		info "apt-get update"
		DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || die "apt-get update failed."
		APT_UPDATED=1
	fi
	info "apt-get install $*"
	local policy=/usr/sbin/policy-rc.d own_policy=''
	if [[ ! -e "$policy" ]]; then
		printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && own_policy=1
	fi
	local rc=0
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >"$LOG_DIR/apt.log" 2>&1 || rc=$?
	[[ -n "$own_policy" ]] && rm -f "$policy"
	if ((rc != 0)); then
		tail_log "$LOG_DIR/apt.log" 20
		die "apt-get install $* failed."
	fi
}

# Finds a program in PATH or the sbin directories (Debian puts mariadbd in /usr/sbin).
find_bin() {
	local name=$1 dir
	if command -v "$name" >/dev/null 2>&1; then
		command -v "$name"
		return 0
	fi
	for dir in /usr/sbin /sbin /usr/local/sbin; do
		[[ -x "$dir/$name" ]] && echo "$dir/$name" && return 0
	done
	return 1
}

# Makes sure the small tools the launcher uses exist.
ensure_tools() {
	local missing=() tool
	# jq: the demo seed; kubectl: deploy-tests render deploy/k8s with `kubectl kustomize`.
	for tool in curl:curl unzip:unzip ss:iproute2 ps:procps setsid:util-linux flock:util-linux sha1sum:coreutils \
		jq:jq kubectl:kubernetes-client; do
		command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
	done
	if ((${#missing[@]})); then
		mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
		apt_install "${missing[@]}"
	fi
}

# ---- PID files and processes ----
pidfile() { echo "$RUN_DIR/$1.pid"; }

# Is PID alive and is its command line ours (contains MARKER)?
pid_matches() {
	local pid=$1 marker=$2
	[[ "$pid" =~ ^[0-9]+$ ]] && [[ -r "/proc/$pid/cmdline" ]] || return 1
	tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$marker"
}

# Prints the PID of a running component NAME (its pid file, checked against its marker).
pid_of() {
	local name=$1 file pid
	file=$(pidfile "$name")
	[[ -r "$file" ]] || return 1
	pid=$(tr -dc '0-9' <"$file")
	pid_matches "$pid" "$(call "$name" marker)" || return 1
	echo "$pid"
}

# Processes in the tree rooted at PID (PID first).
pid_tree() {
	local pid=$1 child
	echo "$pid"
	for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do
		pid_tree "$child"
	done
}

# Resident memory of a process tree in kB.
rss_kb() {
	local total=0 pid rss
	for pid in $(pid_tree "$1"); do
		rss=$(ps -o rss= -p "$pid" 2>/dev/null | tr -dc '0-9')
		total=$((total + ${rss:-0}))
	done
	echo "$total"
}

# Stops a process (and its process group when it leads one): TERM, then KILL after TIMEOUT seconds.
stop_pid() {
	local pid=$1 timeout=${2:-30} label=${3:-$1} i pgid
	pgid=$(ps -o pgid= -p "$pid" 2>/dev/null | tr -dc '0-9')
	if [[ "$pgid" == "$pid" ]]; then
		kill -TERM -- "-$pid" 2>/dev/null || true
	else
		kill -TERM "$pid" 2>/dev/null || true
	fi
	for ((i = 0; i < timeout * 4; i++)); do
		kill -0 "$pid" 2>/dev/null || return 0
		sleep 0.25
	done
	warn "$label did not stop in ${timeout}s: killing it"
	if [[ "$pgid" == "$pid" ]]; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
	kill -KILL "$pid" 2>/dev/null || true
}

# ---- ports ----
port_in_use() { [[ -n "$(ss -ltnH "( sport = :$1 )" 2>/dev/null)" ]]; }

# Describes who listens on a port: 'name (pid N)' as far as ss can tell.
port_holder() {
	local users
	users=$(ss -ltnpH "( sport = :$1 )" 2>/dev/null | grep -o 'users:(([^)]*))' | head -n 1)
	if [[ -n "$users" ]]; then
		sed -E 's/users:\(\("([^"]*)",pid=([0-9]+).*/\1 (pid \2)/' <<<"$users"
	else
		echo "an unknown process (run as root to see which)"
	fi
}

port_holder_pids() {
	ss -ltnpH "( sport = :$1 )" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u
}

# Fails with a clear message when a port we need is taken by something that is not ours.
ensure_ports_free() {
	local name=$1 port
	shift
	for port in "$@"; do
		if port_in_use "$port"; then
			err "Cannot start $name: port $port is already in use by $(port_holder "$port"), which is not started by this launcher (state $GOVSITE_STATE)."
			err "Stop that process, or choose other ports with the GOVSITE_*_PORT variables (./govsite help)."
			return 1
		fi
	done
}

# ---- waiting ----
http_ok() { curl -fsS -o /dev/null --max-time "${2:-5}" "$1" 2>/dev/null; }

# Runs a background job detached from this shell: own session, no stdin, output appended to LOG, and
# without the launcher's lock file descriptors (8, 9). Prints the PID.  spawn LOG CMD...
spawn() {
	local log=$1
	shift
	setsid "$@" </dev/null >>"$log" 2>&1 8>&- 9>&- &
	echo $!
}
