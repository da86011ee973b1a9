# shellcheck shell=bash
# Elasticsearch (integ-test-zip from Maven Central) with the project's analysis plugin installed.
# Elasticsearch refuses to run as root: as root it runs as the system user govsite-es.

ES_USER=govsite-es
ES_PLUGIN_MODULE="$GOVSITE_REPO/search-analysis-plugin"
ES_PLUGIN_NAME=govsite-analysis
ES_BASE=''
ES_HOME=''

es_ports() { echo "$GOVSITE_ES_PORT $GOVSITE_ES_TRANSPORT_PORT"; }
es_marker() {
	es_paths
	echo "$ES_HOME"
}
es_logfile() { echo "$LOG_DIR/elasticsearch.log"; }
es_timeout() { echo 180; }
es_healthy() {
	http_ok "http://127.0.0.1:$GOVSITE_ES_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" 5
}

ensure_es_user() {
	is_root || return 0
	getent passwd "$ES_USER" >/dev/null && return 0
	info "Creating system user $ES_USER (Elasticsearch refuses to run as root)"
	useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ES_USER" ||
		die "useradd $ES_USER failed."
}

# Sets ES_BASE (home, data, logs of this state's Elasticsearch) and ES_HOME. As root, when $ES_USER
# cannot traverse to the state directory (e.g. a repo under /root), they live in /var/lib/govsite-es/.
es_paths() {
	[[ -n "$ES_BASE" ]] && return 0
	local record="$GOVSITE_STATE/elasticsearch.base"
	if [[ -s "$record" ]]; then
		ES_BASE=$(<"$record")
	elif ! is_root; then
		ES_BASE="$GOVSITE_STATE/elasticsearch"
	else
		ensure_es_user
		if runuser -u "$ES_USER" -- test -x "$GOVSITE_STATE" 2>/dev/null; then
			ES_BASE="$GOVSITE_STATE/elasticsearch"
		else
			ES_BASE="/var/lib/govsite-es/$(printf '%s' "$GOVSITE_STATE" | sha1sum | cut -c1-12)"
			info "$ES_USER cannot reach $GOVSITE_STATE: Elasticsearch lives in $ES_BASE"
			# Left by a deleted state directory of the same path: its data must not come back.
			rm -rf "$ES_BASE"
		fi
		echo "$ES_BASE" >"$record"
	fi
	ES_HOME="$ES_BASE/elasticsearch-$GOVSITE_ES_VERSION"
}

# Runs a command as the Elasticsearch user with the Elasticsearch environment.
es_env_cmd() {
	local -a cmd=(env -u JAVA_HOME "ES_JAVA_HOME=$GOVSITE_JAVA_HOME" "ES_TMPDIR=$ES_BASE/tmp"
		"ES_PATH_CONF=$ES_HOME/config" "ES_JAVA_OPTS=-Xms512m -Xmx512m" "$@")
	if is_root; then
		cmd=(runuser -u "$ES_USER" -- "${cmd[@]}")
	fi
	printf '%s\0' "${cmd[@]}"
}

es_extract() {
	[[ -x "$ES_HOME/bin/elasticsearch" ]] && return 0
	local zip tmp
	zip=$(m2_artifact org.elasticsearch.distribution.integ-test-zip elasticsearch "$GOVSITE_ES_VERSION" zip) || exit 1
	info "Extracting Elasticsearch $GOVSITE_ES_VERSION into $ES_BASE"
	mkdir -p "$ES_BASE"
	tmp=$(mktemp -d "$ES_BASE/.extract.XXXXXX")
	unzip -q "$zip" -d "$tmp" || die "Cannot unzip $zip."
	mv "$tmp/elasticsearch-$GOVSITE_ES_VERSION" "$ES_HOME"
	rm -rf "$tmp"
}

# The plugin zip, built when missing or older than the module's sources.
es_plugin_zip() {
	local zip="$ES_PLUGIN_MODULE/target/$ES_PLUGIN_NAME-$GOVSITE_VERSION.zip" log="$LOG_DIR/build-plugin.log"
	if [[ ! -f "$zip" || -n "$(find "$ES_PLUGIN_MODULE/src" "$ES_PLUGIN_MODULE/pom.xml" -newer "$zip" -print -quit)" ]]; then
		info "Building the analysis plugin ($ES_PLUGIN_NAME)" >&2
		mvnw -q -B -pl search-analysis-plugin -DskipTests package >"$log" 2>&1 || {
			tail_log "$log"
			die "Building search-analysis-plugin failed (full log: $log)."
		}
	fi
	echo "$zip"
}

es_install_plugin() {
	local zip sum record="$ES_BASE/$ES_PLUGIN_NAME.sha1" log="$LOG_DIR/elasticsearch-plugin.log"
	zip=$(es_plugin_zip) || exit 1
	sum=$(sha1sum "$zip" | cut -d' ' -f1)
	if [[ -d "$ES_HOME/plugins/$ES_PLUGIN_NAME" && "$(cat "$record" 2>/dev/null)" == "$sum" ]]; then
		touch "$record"
		return 0
	fi
	info "Installing $ES_PLUGIN_NAME into Elasticsearch"
	local -a env=(env -u JAVA_HOME "ES_JAVA_HOME=$GOVSITE_JAVA_HOME" "CLI_JAVA_OPTS=-Xmx1g")
	if [[ -d "$ES_HOME/plugins/$ES_PLUGIN_NAME" ]]; then
		"${env[@]}" "$ES_HOME/bin/elasticsearch-plugin" remove "$ES_PLUGIN_NAME" >"$log" 2>&1 || true
	fi
	"${env[@]}" "$ES_HOME/bin/elasticsearch-plugin" install --batch "file://$zip" >>"$log" 2>&1 || {
		tail_log "$log"
		die "elasticsearch-plugin install failed."
	}
	echo "$sum" >"$record"
}

es_write_config() {
	cat >"$ES_HOME/config/elasticsearch.yml" <<EOF
# Written by ./govsite on every start: edit deploy/local/lib/elasticsearch.sh instead.
cluster.name: govsite-local
node.name: govsite-es
path.data: $ES_BASE/data
path.logs: $ES_BASE/logs
network.host: 127.0.0.1
http.port: $GOVSITE_ES_PORT
transport.port: $GOVSITE_ES_TRANSPORT_PORT
discovery.type: single-node
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
EOF
}

es_prepare() {
	find_jdk
	es_paths
	es_extract
	es_install_plugin
	es_write_config
	mkdir -p "$ES_BASE/data" "$ES_BASE/logs" "$ES_BASE/tmp" "$ES_BASE/run"
	if is_root; then
		chown -R "$ES_USER:" "$ES_BASE" || die "Cannot chown $ES_BASE to $ES_USER."
	fi
	ln -sfn "$ES_BASE/logs/govsite-local.log" "$(es_logfile)"
	ln -sfn "$ES_BASE/run/elasticsearch.pid" "$(pidfile elasticsearch)"
}

es_launch() {
	local -a cmd
	mapfile -d '' cmd < <(es_env_cmd "$ES_HOME/bin/elasticsearch" -d -p "$ES_BASE/run/elasticsearch.pid")
	LAUNCHED[elasticsearch]=$(cd "$ES_BASE" && spawn "$LOG_DIR/elasticsearch-launch.log" "${cmd[@]}")
}

# The analyzer of our plugin must segment a government title.
es_after_start() {
	local out tokens
	out=$(curl -fsS --max-time 20 -H 'Content-Type: application/json' -X POST \
		"http://127.0.0.1:$GOVSITE_ES_PORT/_analyze" \
		-d '{"analyzer":"govsite_chinese","text":"渭滨区政府门户网站建设和管理办法"}' 2>&1) || {
		err "_analyze with govsite_chinese failed: $out"
		return 1
	}
	tokens=$(grep -o '"token":"[^"]*"' <<<"$out" | cut -d'"' -f4 | paste -sd'|')
	[[ "|$tokens|" == *"|区政府|"* && "|$tokens|" == *"|网站|"* ]] ||
		{ err "govsite_chinese gave unexpected tokens: $tokens"; return 1; }
	ok "elasticsearch: govsite_chinese → $tokens"
}

# Warns when the plugin sources changed after the running node loaded the plugin.
es_check_plugin_fresh() {
	es_paths
	if [[ -n "$(find "$ES_PLUGIN_MODULE/src" "$ES_PLUGIN_MODULE/pom.xml" -newer "$ES_BASE/$ES_PLUGIN_NAME.sha1" -print -quit 2>/dev/null)" ]]; then
		warn "search-analysis-plugin changed since Elasticsearch loaded it: ./govsite down && ./govsite up --infra to reinstall it."
	fi
}
