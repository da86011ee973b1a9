# shellcheck shell=bash
# MariaDB (Debian mariadb-server): own datadir, socket, pid and port under $GOVSITE_STATE/mariadb.

MARIADB_DIR="$GOVSITE_STATE/mariadb"
MARIADB_CNF="$MARIADB_DIR/my.cnf"
# The account created by mariadb-install-db for the OS user running it (unix_socket authentication).
MARIADB_ADMIN=$(id -un)

mariadb_ports() { echo "$GOVSITE_DB_PORT"; }
mariadb_marker() { echo "$MARIADB_CNF"; }
mariadb_logfile() { echo "$LOG_DIR/mariadb.log"; }
mariadb_timeout() { echo 60; }
mariadb_healthy() {
	"$(find_bin mariadb-admin)" --defaults-file="$MARIADB_CNF" -u "$MARIADB_ADMIN" --connect-timeout=2 ping >/dev/null 2>&1
}

mariadb_install() {
	find_bin mariadbd >/dev/null && find_bin mariadb-install-db >/dev/null && find_bin mariadb >/dev/null && return 0
	apt_install mariadb-server mariadb-client
}

mariadb_write_cnf() {
	cat >"$MARIADB_CNF" <<EOF
# Written by ./govsite on every start: edit deploy/local/lib/mariadb.sh instead.
[client]
socket=$MARIADB_DIR/mariadb.sock
default-character-set=utf8mb4

[mysqld]
user=$MARIADB_ADMIN
datadir=$MARIADB_DIR/data
tmpdir=$MARIADB_DIR/tmp
socket=$MARIADB_DIR/mariadb.sock
pid-file=$MARIADB_DIR/mariadbd.pid
log-error=$(mariadb_logfile)
bind-address=127.0.0.1
port=$GOVSITE_DB_PORT
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
skip-name-resolve
innodb_buffer_pool_size=128M
innodb_log_file_size=48M
performance_schema=OFF
max_connections=300
EOF
}

mariadb_prepare() {
	mariadb_install
	mkdir -p "$MARIADB_DIR/data" "$MARIADB_DIR/tmp"
	mariadb_write_cnf
	[[ -d "$MARIADB_DIR/data/mysql" ]] && return 0
	info "Initialising MariaDB data directory $MARIADB_DIR/data"
	rm -rf "${MARIADB_DIR:?}/data" && mkdir -p "$MARIADB_DIR/data"
	"$(find_bin mariadb-install-db)" --defaults-file="$MARIADB_CNF" --user="$MARIADB_ADMIN" \
		--skip-test-db --auth-root-authentication-method=socket >>"$(mariadb_logfile)" 2>&1 || {
		tail_log "$(mariadb_logfile)"
		die "mariadb-install-db failed."
	}
}

mariadb_launch() {
	local pid
	pid=$(spawn "$(mariadb_logfile)" "$(find_bin mariadbd)" --defaults-file="$MARIADB_CNF")
	echo "$pid" >"$(pidfile mariadb)"
	LAUNCHED[mariadb]=$pid
}

# Creates the application account and schemas (idempotent), then logs in over TCP as the services do.
mariadb_after_start() {
	local db sql="
CREATE USER IF NOT EXISTS 'govsite'@'127.0.0.1' IDENTIFIED VIA mysql_native_password USING PASSWORD('govsite');
CREATE USER IF NOT EXISTS 'govsite'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('govsite');
GRANT ALL PRIVILEGES ON *.* TO 'govsite'@'127.0.0.1' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO 'govsite'@'localhost' WITH GRANT OPTION;"
	for db in govsite_tenant govsite_content govsite_asset; do
		sql+="
CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
	done
	"$(find_bin mariadb)" --defaults-file="$MARIADB_CNF" -u "$MARIADB_ADMIN" -e "$sql" 2>>"$(mariadb_logfile)" ||
		{ err "Could not create the govsite account and schemas."; return 1; }
	"$(find_bin mariadb)" --no-defaults -h 127.0.0.1 -P "$GOVSITE_DB_PORT" -u govsite -pgovsite \
		-e 'SELECT 1' govsite_tenant >/dev/null 2>>"$(mariadb_logfile)" ||
		{ err "govsite cannot log in to MariaDB over TCP 127.0.0.1:$GOVSITE_DB_PORT."; return 1; }
}
