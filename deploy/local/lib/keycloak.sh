# shellcheck shell=bash
# Keycloak: the distribution is extracted and 'kc.sh build'-ed once into ~/.cache/govsite (outside the
# repo), then started with 'start --optimized' from a per-state home whose data/ (H2 dev-file database,
# realm import) lives in $GOVSITE_STATE/keycloak/home/data. kc.sh derives its home from its own path,
# so the state home has a copy of bin/kc.sh and symlinks to the cached lib/, conf/, providers/, themes/.

KC_DIST="$GOVSITE_CACHE/keycloak-$GOVSITE_KEYCLOAK_VERSION"
KC_HOME="$GOVSITE_STATE/keycloak/home"
KC_REALM_FILE="$GOVSITE_REPO/deploy/keycloak/govsite-realm.json"
# Build-time options: 'start --optimized' requires the start options to match them.
KC_BUILD_OPTIONS=(--db=dev-file --health-enabled=true)
KC_URL="http://127.0.0.1:$GOVSITE_KEYCLOAK_PORT"
# A class-data sharing archive written at the first stop: later starts take ~11 s instead of ~17 s.
KC_CDS_OPTS="-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$GOVSITE_STATE/keycloak/keycloak.jsa"

keycloak_ports() { echo "$GOVSITE_KEYCLOAK_PORT $GOVSITE_KEYCLOAK_MANAGEMENT_PORT"; }
keycloak_marker() { echo "$KC_HOME/bin/kc.sh"; }
keycloak_logfile() { echo "$LOG_DIR/keycloak.log"; }
keycloak_timeout() { echo 240; }
keycloak_healthy() { http_ok "http://127.0.0.1:$GOVSITE_KEYCLOAK_MANAGEMENT_PORT/health/ready"; }

# Extracts and builds the cached distribution when missing or built with other options.
keycloak_build_dist() {
	local stamp="$KC_DIST/.govsite-build" want="$GOVSITE_KEYCLOAK_VERSION ${KC_BUILD_OPTIONS[*]}" zip tmp t0
	[[ -x "$KC_DIST/bin/kc.sh" && "$(cat "$stamp" 2>/dev/null)" == "$want" ]] && return 0
	mkdir -p "$GOVSITE_CACHE"
	exec 8>"$GOVSITE_CACHE/keycloak.lock"
	flock -w 600 8 || die "Another ./govsite is building Keycloak in $GOVSITE_CACHE; try again later."
	if [[ ! -x "$KC_DIST/bin/kc.sh" ]]; then
		zip=$(m2_artifact org.keycloak keycloak-quarkus-dist "$GOVSITE_KEYCLOAK_VERSION" zip) || exit 1
		info "Extracting Keycloak $GOVSITE_KEYCLOAK_VERSION into $KC_DIST"
		tmp=$(mktemp -d "$GOVSITE_CACHE/.extract.XXXXXX")
		unzip -q "$zip" -d "$tmp" || die "Cannot unzip $zip."
		rm -rf "$KC_DIST" && mv "$tmp/keycloak-$GOVSITE_KEYCLOAK_VERSION" "$KC_DIST" && rm -rf "$tmp"
	fi
	if [[ "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
		info "Building Keycloak once (kc.sh build ${KC_BUILD_OPTIONS[*]}), cached in $KC_DIST"
		t0=$(now)
		JAVA_HOME="$GOVSITE_JAVA_HOME" "$KC_DIST/bin/kc.sh" build "${KC_BUILD_OPTIONS[@]}" \
			>"$LOG_DIR/keycloak-build.log" 2>&1 </dev/null || {
			tail_log "$LOG_DIR/keycloak-build.log"
			die "kc.sh build failed."
		}
		echo "$want" >"$stamp"
		ok "keycloak built in $(elapsed "$t0")"
	fi
	exec 8>&-
}

keycloak_prepare() {
	find_jdk
	[[ -f "$KC_REALM_FILE" ]] || die "Missing $KC_REALM_FILE."
	keycloak_build_dist
	local d
	mkdir -p "$KC_HOME/bin" "$KC_HOME/data/import"
	cp "$KC_DIST/bin/kc.sh" "$KC_HOME/bin/kc.sh"
	for d in lib conf providers themes; do
		ln -sfn "$KC_DIST/$d" "$KC_HOME/$d"
	done
	# Imported at start when the realm does not exist yet (existing realms are left as they are).
	cp "$KC_REALM_FILE" "$KC_HOME/data/import/govsite-realm.json"
}

keycloak_launch() {
	local pid
	pid=$(spawn "$(keycloak_logfile)" env "JAVA_HOME=$GOVSITE_JAVA_HOME" \
		KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
		"JAVA_OPTS_KC_HEAP=-Xms64m -Xmx512m" "JAVA_OPTS_APPEND=$KC_CDS_OPTS" \
		"$KC_HOME/bin/kc.sh" start --optimized --http-enabled=true --hostname-strict=false \
		--http-host=127.0.0.1 --http-port="$GOVSITE_KEYCLOAK_PORT" \
		--http-management-port="$GOVSITE_KEYCLOAK_MANAGEMENT_PORT" --cache=local --import-realm)
	echo "$pid" >"$(pidfile keycloak)"
	LAUNCHED[keycloak]=$pid
}

# Decodes the payload of a JWT (base64url) to JSON text.
jwt_payload() {
	local part
	part=$(cut -d. -f2 <<<"$1" | tr '_-' '/+')
	while ((${#part} % 4)); do part+='='; done
	base64 -d <<<"$part" 2>/dev/null
}

json_string() { grep -o "\"$1\":\"[^\"]*\"" | head -n 1 | cut -d'"' -f4; }

# Token of 'operator' through govsite-tests (password grant) must carry our audience, roles and issuer.
keycloak_check_token() {
	local response token payload iss
	response=$(curl -sS --max-time 20 -d grant_type=password -d client_id=govsite-tests \
		-d username=operator --data-urlencode 'password=Govsite@2026' \
		"$KC_URL/realms/govsite/protocol/openid-connect/token" 2>&1)
	token=$(json_string access_token <<<"$response")
	[[ -n "$token" ]] || { err "No token for operator via govsite-tests: $response"; return 1; }
	payload=$(jwt_payload "$token")
	iss=$(json_string iss <<<"$payload")
	[[ "$iss" == "$KC_URL/realms/govsite" ]] || { err "Token issuer is '$iss', expected $KC_URL/realms/govsite"; return 1; }
	grep -qE '"aud":(\[[^]]*"govsite-api"[^]]*\]|"govsite-api")' <<<"$payload" ||
		{ err "Token audience lacks govsite-api: $payload"; return 1; }
	grep -qE '"realm_access":\{"roles":\[[^]]*"platform-admin"' <<<"$payload" ||
		{ err "Token realm_access.roles lacks platform-admin: $payload"; return 1; }
}

# The realm's password policy must refuse a weak password.
keycloak_check_password_policy() {
	local admin response
	admin=$(curl -sS --max-time 20 -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
		"$KC_URL/realms/master/protocol/openid-connect/token" | json_string access_token)
	[[ -n "$admin" ]] || { err "Cannot log in to Keycloak as admin/admin."; return 1; }
	response=$(curl -sS --max-time 20 -o - -w ' HTTP%{http_code}' -H "Authorization: Bearer $admin" \
		-H 'Content-Type: application/json' -X POST "$KC_URL/admin/realms/govsite/users" \
		-d '{"username":"govsite-policy-probe","enabled":true,"credentials":[{"type":"password","value":"abcdefgh","temporary":false}]}')
	if [[ "$response" == *HTTP201 ]]; then
		err "The password policy accepted 'abcdefgh'."
		return 1
	fi
	[[ "$response" == *HTTP400 && "$response" == *invalidPassword* ]] ||
		{ err "Unexpected answer to a weak password: $response"; return 1; }
}

keycloak_after_start() {
	keycloak_check_token && keycloak_check_password_policy &&
		ok "keycloak: realm govsite issues tokens for operator (aud govsite-api, role platform-admin); weak passwords refused"
}
