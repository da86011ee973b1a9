# shellcheck shell=bash
# S3Proxy (S3-compatible storage; MinIO in production, same SDK) on the local filesystem.

S3PROXY_DIR="$GOVSITE_STATE/s3proxy"
S3PROXY_PROPERTIES="$S3PROXY_DIR/s3proxy.properties"

s3proxy_ports() { echo "$GOVSITE_S3_PORT"; }
s3proxy_marker() { echo "$S3PROXY_PROPERTIES"; }
s3proxy_logfile() { echo "$LOG_DIR/s3proxy.log"; }
s3proxy_timeout() { echo 60; }
s3proxy_healthy() { http_ok "http://127.0.0.1:$GOVSITE_S3_PORT/healthz"; }

s3proxy_prepare() {
	find_jdk
	S3PROXY_JAR=$(m2_artifact org.gaul s3proxy "$GOVSITE_S3PROXY_VERSION" jar jar-with-dependencies) || exit 1
	# The filesystem provider fails at start when its basedir does not exist.
	mkdir -p "$S3PROXY_DIR/data"
	cat >"$S3PROXY_PROPERTIES" <<EOF
# Written by ./govsite on every start: edit deploy/local/lib/s3proxy.sh instead.
s3proxy.endpoint=http://127.0.0.1:$GOVSITE_S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=govsite
s3proxy.credential=govsite-dev-secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$S3PROXY_DIR/data
EOF
}

s3proxy_launch() {
	local pid
	pid=$(spawn "$(s3proxy_logfile)" "$GOVSITE_JAVA_HOME/bin/java" -Xmx256m -jar "$S3PROXY_JAR" --properties "$S3PROXY_PROPERTIES")
	echo "$pid" >"$(pidfile s3proxy)"
	LAUNCHED[s3proxy]=$pid
}

# Anonymous requests must be refused: the services authenticate as govsite / govsite-dev-secret.
s3proxy_after_start() {
	local code
	code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$GOVSITE_S3_PORT/")
	[[ "$code" == 403 ]] || { err "S3Proxy answered $code to an anonymous request (expected 403)."; return 1; }
}
