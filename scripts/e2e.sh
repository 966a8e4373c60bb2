#!/usr/bin/env bash
# End-to-end tests of the CMS integrations in the real editors (npm run e2e; .ci/run after npm test):
# - the WordPress plugin in Debian's WordPress (Apache + mod_php, MariaDB), driven in Chromium;
# - the Decap integration in decap-cms-app over decap-server's local git backend.
# From nothing: installs what it needs (Debian packages, the e2e folder's npm packages), starts
# every server itself on 127.0.0.1 only, with all state in one scratch folder, and stops and
# removes all of it on exit, passed or failed. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${CONTENT_A11Y_E2E_DIR:-/tmp/content-a11y-e2e}
WP_PORT=${CONTENT_A11Y_E2E_WP_PORT:-8731}
DB_PORT=${CONTENT_A11Y_E2E_DB_PORT:-8732}
DECAP_PORT=${CONTENT_A11Y_E2E_DECAP_PORT:-8733}
DECAP_SERVER_PORT=${CONTENT_A11Y_E2E_DECAP_SERVER_PORT:-8734}
# Debian's wp-config.php reads /etc/wordpress/config-<host>.php: this run's site is 127.0.0.1.
SITE_CONFIG=/etc/wordpress/config-127.0.0.1.php
MARKER='content-a11y end-to-end site'
PACKAGES=(wordpress wordpress-l10n wordpress-theme-twentytwentythree libapache2-mod-php php-mysql mariadb-server chromium git)
START=$(date +%s)

log() { printf '[e2e %3ss] %s\n' "$(($(date +%s) - START))" "$*"; }

pids=()
cleanup() {
  local status=$?
  set +e
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null
  done
  if [ "$status" -ne 0 ] && [ -d "$WORK/logs" ]; then
    for f in "$WORK"/logs/* "$WORK"/mariadb/mariadb.log; do echo "--- $f (last lines)"; tail -n 30 "$f"; done
  fi
  if [ -f "$SITE_CONFIG" ] && grep -q "$MARKER" "$SITE_CONFIG"; then rm -f "$SITE_CONFIG"; fi
  if [ -z "${CONTENT_A11Y_E2E_KEEP:-}" ]; then rm -rf "$WORK"; fi
  log "cleaned up (exit $status)"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# GET (or POST a JSON body) and succeed on a 2xx answer; Node's fetch, so curl is not needed.
http_ok() {
  node -e 'const [url, body] = process.argv.slice(1);
    fetch(url, body ? { method: "POST", headers: { "content-type": "application/json" }, body } : {})
      .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));' "$@"
}

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local seconds=$1 what=$2
  shift 2
  for _ in $(seq $((seconds * 5))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  echo "$what did not come up in ${seconds}s" >&2
  return 1
}

if [ -f "$SITE_CONFIG" ] && ! grep -q "$MARKER" "$SITE_CONFIG"; then
  echo "$SITE_CONFIG exists and is not this script's: refusing to replace a real site's configuration." >&2
  exit 1
fi
for port in "$WP_PORT" "$DB_PORT" "$DECAP_PORT" "$DECAP_SERVER_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port on 127.0.0.1 is in use: set CONTENT_A11Y_E2E_*_PORT to free ports." >&2
    exit 1
  fi
done
rm -rf "$WORK"
mkdir -p "$WORK/logs"
chmod 755 "$WORK"

# --- packages: the e2e folder's npm packages and Debian's, side by side ------------------------------
DECAP_STAMP=tests/e2e/decap/node_modules/.installed-by-e2e
decap_npm=
if [ ! -f "$DECAP_STAMP" ] || [ tests/e2e/decap/package-lock.json -nt "$DECAP_STAMP" ]; then
  log "installing decap-cms-app and decap-server into tests/e2e/decap (in the background)"
  (npm ci --prefix tests/e2e/decap --no-audit --no-fund --loglevel=error && touch "$DECAP_STAMP") \
    >"$WORK/logs/npm-decap.log" 2>&1 &
  decap_npm=$!
  pids+=("$decap_npm")
fi
[ -d node_modules ] || npm ci --no-audit --no-fund
log "building the WordPress plugin"
node scripts/build-wordpress.mjs
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  # No service may start on its own: this script starts (and stops) its servers itself.
  made_policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  [ -n "$made_policy" ] && rm -f /usr/sbin/policy-rc.d
fi
if [ -n "$decap_npm" ]; then
  wait "$decap_npm" || { echo "npm ci in tests/e2e/decap failed:" >&2; cat "$WORK/logs/npm-decap.log" >&2; exit 1; }
  log "decap-cms-app and decap-server installed"
fi

# --- MariaDB, in a data folder of its own ---------------------------------------------------------
log "starting MariaDB on 127.0.0.1:$DB_PORT"
DB_DIR=$WORK/mariadb
mkdir -p "$DB_DIR"
chown mysql:mysql "$DB_DIR"
mariadb-install-db --no-defaults --user=mysql --datadir="$DB_DIR/data" --skip-test-db \
  --auth-root-authentication-method=socket >"$WORK/logs/mariadb-install.log" 2>&1
mariadbd --no-defaults --user=mysql --datadir="$DB_DIR/data" --socket="$DB_DIR/mysqld.sock" \
  --pid-file="$DB_DIR/mysqld.pid" --bind-address=127.0.0.1 --port="$DB_PORT" --skip-name-resolve \
  --log-error="$DB_DIR/mariadb.log" &
pids+=($!)
wait_for 60 MariaDB mariadb-admin --no-defaults --socket="$DB_DIR/mysqld.sock" ping
DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
mariadb --no-defaults --socket="$DB_DIR/mysqld.sock" -uroot <<SQL
CREATE DATABASE content_a11y_e2e CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'content_a11y'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL ON content_a11y_e2e.* TO 'content_a11y'@'127.0.0.1';
SQL

# --- WordPress: Debian's package, this run's site configuration and wp-content -------------------
log "configuring WordPress at http://127.0.0.1:$WP_PORT"
CONTENT=$WORK/wp-content
mkdir -p "$CONTENT/plugins" "$CONTENT/uploads" "$CONTENT/upgrade"
ln -s /var/lib/wordpress/wp-content/languages "$CONTENT/languages"
ln -s /usr/share/wordpress/wp-content/themes "$CONTENT/themes"
cp -r integrations/wordpress/content-a11y "$CONTENT/plugins/content-a11y"
rm -rf "$CONTENT/plugins/content-a11y/src"
chown -R www-data:www-data "$CONTENT"
salt() { head -c 48 /dev/urandom | base64 | tr -d '/+=\n'; }
cat >"$SITE_CONFIG" <<PHP
<?php
// $MARKER: written and removed by scripts/e2e.sh of content-a11y.
define('DB_NAME', 'content_a11y_e2e');
define('DB_USER', 'content_a11y');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', '127.0.0.1:$DB_PORT');
define('WP_HOME', 'http://127.0.0.1:$WP_PORT');
define('WP_SITEURL', 'http://127.0.0.1:$WP_PORT');
define('WP_CONTENT_DIR', '$CONTENT');
define('WP_CONTENT_URL', 'http://127.0.0.1:$WP_PORT/wp-content');
define('FS_METHOD', 'direct');
// This machine reaches no outside host: WordPress must not try to.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('AUTH_KEY', '$(salt)');
define('SECURE_AUTH_KEY', '$(salt)');
define('LOGGED_IN_KEY', '$(salt)');
define('NONCE_KEY', '$(salt)');
define('AUTH_SALT', '$(salt)');
define('SECURE_AUTH_SALT', '$(salt)');
define('LOGGED_IN_SALT', '$(salt)');
define('NONCE_SALT', '$(salt)');
PHP
chmod 644 "$SITE_CONFIG"
WP_PASSWORD=$(salt | head -c 20)
WP_PORT=$WP_PORT WP_ADMIN_PASSWORD=$WP_PASSWORD php tests/e2e/wordpress/install-site.php

log "starting Apache on 127.0.0.1:$WP_PORT"
PHP_MODULE=$(ls /usr/lib/apache2/modules/libphp*.so | head -n 1)
mkdir -p "$WORK/apache"
cat >"$WORK/apache/apache2.conf" <<CONF
ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:$WP_PORT
PidFile $WORK/apache/apache2.pid
DefaultRuntimeDir $WORK/apache
Mutex file:$WORK/apache default
ErrorLog $WORK/logs/apache-error.log
LogLevel warn
User www-data
Group www-data
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule php_module $PHP_MODULE
TypesConfig /etc/mime.types
AddDefaultCharset UTF-8
DocumentRoot /usr/share/wordpress
# Debian's layout: wp-content lives apart from the code (here, in this run's folder).
Alias /wp-content $CONTENT
DirectoryIndex index.php
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  AllowOverride None
  Require all granted
  # Pretty permalinks and /wp-json/ without mod_rewrite.
  FallbackResource /index.php
</Directory>
<Directory $CONTENT>
  Options FollowSymLinks
  Require all granted
</Directory>
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
CONF
# In a session of its own: Apache signals its whole process group when it stops, and this
# script must outlive it to clean up.
setsid apache2 -f "$WORK/apache/apache2.conf" -DFOREGROUND &
pids+=($!)
wait_for 30 Apache http_ok "http://127.0.0.1:$WP_PORT/wp-login.php"

# --- Decap: a scratch git repository, decap-server's local git backend, the CMS page -------------
log "starting decap-server on 127.0.0.1:$DECAP_SERVER_PORT and the Decap page on 127.0.0.1:$DECAP_PORT"
REPO=$WORK/decap-repo
mkdir -p "$REPO/content/aktualnosci" "$REPO/static/media"
git -C "$REPO" init -q -b main
git -C "$REPO" config user.name 'Redakcja'
git -C "$REPO" config user.email 'redakcja@example.pl'
touch "$REPO/content/aktualnosci/.gitkeep" "$REPO/static/media/.gitkeep"
git -C "$REPO" add . && git -C "$REPO" commit -q -m 'An empty news section'
(cd "$REPO" && MODE=git GIT_REPO_DIRECTORY="$REPO" PORT=$DECAP_SERVER_PORT BIND_HOST=127.0.0.1 \
  exec node "$ROOT/tests/e2e/decap/node_modules/decap-server/dist/index.js") >"$WORK/logs/decap-server.log" 2>&1 &
pids+=($!)
SITE=$WORK/decap-site
node tests/e2e/decap/build-site.mjs "$SITE" "$DECAP_SERVER_PORT"
python3 -m http.server "$DECAP_PORT" --bind 127.0.0.1 --directory "$SITE" >"$WORK/logs/decap-site.log" 2>&1 &
pids+=($!)
wait_for 30 decap-server http_ok "http://127.0.0.1:$DECAP_SERVER_PORT/api/v1" '{"action":"info"}'
wait_for 30 'the Decap page' http_ok "http://127.0.0.1:$DECAP_PORT/"

# --- the tests ----------------------------------------------------------------------------------
export E2E_WP_URL=http://127.0.0.1:$WP_PORT E2E_WP_USER=redakcja E2E_WP_PASSWORD=$WP_PASSWORD \
  E2E_DECAP_URL=http://127.0.0.1:$DECAP_PORT E2E_DECAP_REPO=$REPO
if [ -n "${CONTENT_A11Y_E2E_SERVE:-}" ]; then
  # To look around or run single tests: the servers stay up until this script is interrupted.
  log "serving; run the tests with:"
  echo "  E2E_WP_URL=$E2E_WP_URL E2E_WP_USER=$E2E_WP_USER E2E_WP_PASSWORD=$E2E_WP_PASSWORD E2E_DECAP_URL=$E2E_DECAP_URL E2E_DECAP_REPO=$E2E_DECAP_REPO npx vitest run --config tests/e2e/vitest.config.ts"
  wait
fi
log "running the end-to-end tests"
npx vitest run --config tests/e2e/vitest.config.ts "$@"
log "passed"
