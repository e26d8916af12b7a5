#!/usr/bin/env bats
# The hub server: hub/install-hub.sh --root into scratch roots, hub/standby.sh,
# the backup script, the hub's unit and settings. What acts on running services
# (systemctl, psql, pg_ctlcluster, pg_basebackup, pg_dump, nginx -t, certbot,
# curl) is faked by test/hub-fakes/, which log every call and keep what they
# stand for as files, so that a second run sees what the first did. openssl is
# the real one.

load helpers
bats_require_minimum_version 1.5.0

NAME=hub.example.fi
V1=0.1.0~SNAPSHOT.20261201000000
V2=0.1.0~SNAPSHOT.20261202000000

setup_file() {
    [[ $EUID -eq 0 ]] || return 0
    HUB_DEB1="$(build_test_hub_deb "$V1" "GOOD hub-1" "$BATS_FILE_TMPDIR")"
    HUB_DEB2="$(build_test_hub_deb "$V2" "GOOD hub-2" "$BATS_FILE_TMPDIR")"
    export HUB_DEB1 HUB_DEB2
}

setup() {
    TREE="$BATS_TEST_TMPDIR/tree"
    export FAKE_LOG="$BATS_TEST_TMPDIR/fake.log" FAKE_STATE="$BATS_TEST_TMPDIR/fake-state" FAKE_ROOT="$TREE"
    export PALVELUPISTE_HUB_HEALTH_INTERVAL=0.1
    export PATH="$PROV/test/hub-fakes:$PATH"
    mkdir -p "$FAKE_STATE"
    PROPS="$TREE/etc/palvelupiste-hub/hub.properties"
}

# hub_tree: a scratch root (helpers.bash) with Debian's PostgreSQL cluster 15/main
# in it, and PostgreSQL and nginx running, as their packages leave them.
hub_tree() {
    needs_root
    make_scratch_root "$TREE"
    export PATH="$PROV/test/hub-fakes:$PATH"
    local conf="$TREE/etc/postgresql/15/main"
    mkdir -p "$conf/conf.d" "$TREE/var/lib/postgresql/15/main"
    printf "data_directory = '/var/lib/postgresql/15/main'\nhba_file = '/etc/postgresql/15/main/pg_hba.conf'\ninclude_dir = 'conf.d'\n" > "$conf/postgresql.conf"
    printf 'local   all   postgres   peer\nhost    all   all   127.0.0.1/32   scram-sha-256\n' > "$conf/pg_hba.conf"
    chmod 0640 "$conf/pg_hba.conf"
    mkdir -p "$FAKE_STATE/units" "$FAKE_STATE/pg"
    for u in postgresql.service nginx.service; do : > "$FAKE_STATE/units/$u.enabled"; : > "$FAKE_STATE/units/$u.active"; done
    : > "$FAKE_STATE/pg/running"
}

run_hub() {
    run bash "$PROV/hub/install-hub.sh" --root "$TREE" "$@"
}

# The first install most tests start from.
installed_hub() {
    hub_tree
    run_hub --deb "$HUB_DEB1" --server-name "$NAME" --self-signed "$@"
    echo "$output"
    [ "$status" -eq 0 ]
    FIRST_OUTPUT="$output"
}

password_in_settings() { sed -n 's/^spring\.datasource\.password=//p' "$PROPS"; }

# ---- install-hub.sh: options

@test "install-hub.sh --help explains the options" {
    run bash "$PROV/hub/install-hub.sh" --help
    [ "$status" -eq 0 ]
    for o in "--deb FILE" "--server-name NAME" "--cert FILE --key FILE" "--letsencrypt EMAIL" "--self-signed" \
        "--allow-standby ADDRESS" "--timeout SECONDS" "--root DIR"; do
        [[ "$output" == *"$o"* ]] || { echo "no $o"; return 1; }
    done
}

@test "install-hub.sh: wrong or missing options are refused before anything is done" {
    run bash "$PROV/hub/install-hub.sh" --bogus
    [ "$status" -eq 2 ]
    [[ "$output" == *"Unknown option: --bogus"* ]]
    hub="$PROV/hub/install-hub.sh"
    refused() { # TEXT ARGS...: exits non-zero, saying TEXT
        run bash "$hub" --root "$TREE" "${@:2}"
        [ "$status" -ne 0 ] && [[ "$output" == *"$1"* ]] || { echo "${*:2}: $output"; return 1; }
    }
    refused "--server-name is needed" --self-signed
    refused "must be a DNS name" --server-name "hub example" --self-signed
    refused "must be a DNS name" --server-name localhost --self-signed
    refused "Choose one way" --server-name "$NAME"
    refused "Choose one way" --server-name "$NAME" --self-signed --letsencrypt admin@example.fi
    refused "--cert and --key go together" --server-name "$NAME" --cert /etc/ssl/hub.crt
    refused "absolute paths" --server-name "$NAME" --cert hub.crt --key hub.key
    refused "needs an e-mail address" --server-name "$NAME" --letsencrypt admin
    refused "the standby's IP address" --server-name "$NAME" --self-signed --allow-standby standby.example.fi
    refused "the standby's IP address" --server-name "$NAME" --self-signed --allow-standby 192.0.2.7/33
    refused "--timeout must be" --server-name "$NAME" --self-signed --timeout soon
    [ ! -e "$FAKE_LOG" ]
    [ ! -e "$TREE" ]
}

@test "install-hub.sh: a first install without --deb, or with another package, says what is wrong" {
    hub_tree
    run_hub --server-name "$NAME" --self-signed
    [ "$status" -ne 0 ]
    [[ "$output" == *"give the package with --deb"* ]]
    run_hub --deb "$(build_test_deb 1.0 GOOD "$BATS_TEST_TMPDIR")" --server-name "$NAME" --self-signed
    [ "$status" -ne 0 ]
    [[ "$output" == *"is the package 'palvelupiste', not palvelupiste-hub"* ]]
}

# ---- install-hub.sh: the first install

@test "a first install: the package, the database's user and database with a password of their own, never printed" {
    installed_hub
    [[ "$output" == *"package palvelupiste-hub $V1 installed"* ]]
    [ "$(dpkg-query --admindir="$TREE/var/lib/dpkg" -W -f='${db:Status-Abbrev}${Version}' palvelupiste-hub)" = "ii $V1" ]
    password="$(password_in_settings)"
    [[ "$password" =~ ^[0-9a-f]{48}$ ]]
    # the database user has it, and owns the database
    [ "$(cat "$FAKE_STATE/pg/roles/palvelupiste_hub")" = "$password" ]
    [ "$(cat "$FAKE_STATE/pg/databases/palvelupiste_hub")" = palvelupiste_hub ]
    grep -qx 'CREATE DATABASE "palvelupiste_hub" OWNER "palvelupiste_hub" ENCODING '"'UTF8'"' TEMPLATE template0' "$FAKE_STATE/psql.sql"
    # as PostgreSQL's superuser, the statements on stdin: the password never on a command line or in the output,
    # and kept out of the server's log
    grep -qx 'runuser -u postgres -- psql -X -q -A -t -v ON_ERROR_STOP=1 --dbname=postgres' "$FAKE_LOG"
    grep -B1 'CREATE ROLE "palvelupiste_hub"' "$FAKE_STATE/psql.sql" | head -n 1 | grep -qx "SET log_statement = 'none';"
    run ! grep -q "$password" "$FAKE_LOG"
    [[ "$FIRST_OUTPUT" != *"$password"* ]]
    [[ "$FIRST_OUTPUT" == *"spring.datasource.password=(not shown)"* ]]
    # in place of the template's empty line; the settings stay the hub group's
    [ "$(wc -l < "$PROPS")" -eq "$(wc -l < "$PROV/hub/files/etc/hub.properties")" ]
    [ "$(stat -c '%u:%g %a' "$PROPS")" = "0:$(gid_of palvelupiste-hub "$TREE") 640" ]
    grep -qx "kiosk.hub.public-url=https://$NAME" "$PROPS"
    grep -qx 'apt-get install postgresql nginx' "$TREE/palvelupiste-hub-root-mode/skipped-commands.list"
    [[ "$FIRST_OUTPUT" == *"Kiosks and coordinators use https://$NAME"* ]]
    [[ "$FIRST_OUTPUT" == *"journalctl -u palvelupiste-hub | grep one-time"* ]]
}

@test "a first install: the hub and its backup timer enabled and started, the health check waited for" {
    installed_hub
    for u in palvelupiste-hub.service palvelupiste-hub-backup.timer; do
        grep -qx "systemctl enable --quiet $u" "$FAKE_LOG"
        grep -qx "systemctl start $u" "$FAKE_LOG"
    done
    # started once with its settings: no restart on top
    run ! grep -q 'systemctl restart' "$FAKE_LOG"
    grep -qx 'curl -fsS --max-time 5 http://127.0.0.1:8080/actuator/health' "$FAKE_LOG"
    [[ "$FIRST_OUTPUT" == *"the hub is up"* ]]
    # PostgreSQL and nginx ran already
    run ! grep -q -e 'enable --quiet postgresql' -e 'start postgresql' "$FAKE_LOG"
}

@test "the nginx site: HTTPS for the name, HTTP sent on, HSTS, forwarded headers, websockets, 2 MB for the sync API" {
    installed_hub
    site="$TREE/etc/nginx/sites-available/palvelupiste-hub"
    [ "$(readlink "$TREE/etc/nginx/sites-enabled/palvelupiste-hub")" = /etc/nginx/sites-available/palvelupiste-hub ]
    [ "$(stat -c '%a' "$site")" = 644 ]
    grep -q '^# Written by provisioning/hub/install-hub.sh' "$site"
    [ "$(grep -c "^    server_name $NAME;$" "$site")" -eq 2 ]
    # shellcheck disable=SC2016 # nginx's variables, not the shell's
    for line in 'listen 80;' 'listen [::]:80;' 'listen 443 ssl;' 'listen [::]:443 ssl;' \
        'return 301 https://$host$request_uri;' \
        "ssl_certificate /etc/palvelupiste-hub/tls/$NAME.self-signed.crt;" \
        "ssl_certificate_key /etc/palvelupiste-hub/tls/$NAME.self-signed.key;" \
        'add_header Strict-Transport-Security "max-age=31536000" always;' \
        'proxy_set_header Host $host;' 'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;' \
        'proxy_set_header X-Forwarded-Proto $scheme;' 'proxy_set_header Upgrade $http_upgrade;' \
        'proxy_set_header Connection $palvelupiste_hub_connection;' 'proxy_http_version 1.1;' \
        'location /VAADIN/push {' 'location /api/sync/ {' 'client_max_body_size 2m;'; do
        grep -qF -- "$line" "$site" || { echo "missing: $line"; return 1; }
    done
    [ "$(grep -c 'proxy_pass http://127.0.0.1:8080;' "$site")" -eq 3 ]
    # the body limit only for the sync API
    [ "$(grep -A1 'location /api/sync/ {' "$site" | tail -n 1 | tr -d ' ')" = 'client_max_body_size2m;' ]
    run ! grep -q '@[A-Z_]*@' "$site"
    # checked by nginx before it is reloaded
    [ "$(grep -n -e '^nginx -t -q$' -e '^systemctl reload nginx.service$' "$FAKE_LOG" | cut -d: -f2 | tr '\n' ' ')" = "nginx -t -q systemctl reload nginx.service " ]
}

@test "the nginx site is one that a real nginx accepts, with the self-signed certificate" {
    real_nginx="$(PATH=/usr/sbin:/usr/bin:/sbin:/bin command -v nginx || true)"
    [[ -n "$real_nginx" ]] || needs "nginx (Debian: apt-get install nginx)"
    installed_hub
    dir="$BATS_TEST_TMPDIR/nginx"
    mkdir -p "$dir/logs"
    sed "s#/etc/palvelupiste-hub/tls#$TREE/etc/palvelupiste-hub/tls#" "$TREE/etc/nginx/sites-available/palvelupiste-hub" > "$dir/site.conf"
    printf 'pid %s/nginx.pid;\nevents {}\nhttp {\n    access_log off;\n    include %s/site.conf;\n}\n' "$dir" "$dir" > "$dir/nginx.conf"
    run "$real_nginx" -t -p "$dir" -e "$dir/logs/error.log" -c "$dir/nginx.conf"
    echo "$output"
    [ "$status" -eq 0 ]
    [[ "$output" == *"test is successful"* ]]
}

@test "the self-signed certificate: for the name, its key root's, made once, and said loudly" {
    installed_hub
    [[ "$FIRST_OUTPUT" == *"WARNING: SELF-SIGNED CERTIFICATE"*"for trying the hub out only"* ]]
    crt="$TREE/etc/palvelupiste-hub/tls/$NAME.self-signed.crt"
    key="$TREE/etc/palvelupiste-hub/tls/$NAME.self-signed.key"
    openssl x509 -in "$crt" -noout -subject | grep -q "CN *= *$NAME"
    openssl x509 -in "$crt" -noout -ext subjectAltName | grep -q "DNS:$NAME"
    [ "$(stat -c '%u %a' "$key")" = "0 600" ]
    grep -qx "/etc/palvelupiste-hub/tls root:root 0750" "$TREE/palvelupiste-hub-root-mode/ownership.list"
    sum="$(sha256sum "$crt")"
    run_hub --deb "$HUB_DEB1" --server-name "$NAME" --self-signed
    [[ "$output" == *"SELF-SIGNED CERTIFICATE"* ]]
    [ "$(sha256sum "$crt")" = "$sum" ]
}

@test "a second identical run changes nothing and says so" {
    installed_hub --allow-standby 192.0.2.7
    before="$(tree_sum "$TREE")"
    sql_before="$(wc -l < "$FAKE_STATE/psql.sql")"
    : > "$FAKE_LOG"
    run_hub --deb "$HUB_DEB1" --server-name "$NAME" --self-signed --allow-standby 192.0.2.7
    echo "$output"
    [ "$status" -eq 0 ]
    [[ "$output" == *"Nothing to do: this hub is already set up as asked (0 changes)."* ]]
    [[ "$output" != *"changed:"* ]]
    [ "$(tree_sum "$TREE")" = "$before" ]
    # it only looked: no statement but queries, no service touched
    run ! grep -E '^(CREATE|ALTER|SET)' <(tail -n "+$((sql_before + 1))" "$FAKE_STATE/psql.sql")
    run ! grep -E '^systemctl (enable|start|restart|reload)|^pg_ctlcluster|^certbot|^nginx' "$FAKE_LOG"
}

@test "a password the settings have is the database user's; a user without a known password gets a new one" {
    installed_hub
    first="$(password_in_settings)"
    # the database was lost (a new cluster): its user is made again with the settings' password
    rm -r "$FAKE_STATE/pg/roles" "$FAKE_STATE/pg/databases"
    run_hub --server-name "$NAME" --self-signed
    [ "$status" -eq 0 ]
    [[ "$output" == *"PostgreSQL user palvelupiste_hub created"* ]]
    [ "$(cat "$FAKE_STATE/pg/roles/palvelupiste_hub")" = "$first" ]
    [ "$(password_in_settings)" = "$first" ]
    # the settings lost theirs (the package purged and installed again): the user gets a new one
    sed -i 's/^spring\.datasource\.password=.*/spring.datasource.password=/' "$PROPS"
    run_hub --server-name "$NAME" --self-signed
    [ "$status" -eq 0 ]
    [[ "$output" == *"given a new password"* ]]
    second="$(password_in_settings)"
    [[ "$second" =~ ^[0-9a-f]{48}$ && "$second" != "$first" ]]
    [ "$(cat "$FAKE_STATE/pg/roles/palvelupiste_hub")" = "$second" ]
    [[ "$output" != *"$second"* ]]
    # the running hub is restarted for it
    grep -qx 'systemctl restart palvelupiste-hub.service' "$FAKE_LOG"
}

@test "a public address the admin set is kept, with a warning" {
    installed_hub
    sed -i 's#^kiosk.hub.public-url=.*#kiosk.hub.public-url=https://palvelupiste.example.fi#' "$PROPS"
    run_hub --server-name "$NAME" --self-signed
    [ "$status" -eq 0 ]
    [[ "$output" == *"has kiosk.hub.public-url=https://palvelupiste.example.fi"*"left as it is"* ]]
    grep -qx 'kiosk.hub.public-url=https://palvelupiste.example.fi' "$PROPS"
}

@test "a database on another server is not made here" {
    hub_tree
    in_root "$TREE" -i "$HUB_DEB1"
    sed -i -e 's#^spring.datasource.url=.*#spring.datasource.url=jdbc:postgresql://db.example.fi:5432/palvelupiste_hub#' \
        -e 's#^spring.datasource.password=$#spring.datasource.password=made-there#' "$PROPS"
    run_hub --server-name "$NAME" --self-signed
    echo "$output"
    [ "$status" -eq 0 ]
    [[ "$output" == *"the database is on db.example.fi"* ]]
    run ! grep -q -e psql -e postgresql.service "$FAKE_LOG"
    run_hub --server-name "$NAME" --self-signed --allow-standby 192.0.2.7
    [ "$status" -ne 0 ]
    [[ "$output" == *"--allow-standby is for the database on this server"* ]]
}

@test "--cert and --key: the site uses them where they are; one that is not there is refused" {
    hub_tree
    mkdir -p "$TREE/etc/ssl/hub"
    echo cert > "$TREE/etc/ssl/hub/fullchain.pem"
    echo key > "$TREE/etc/ssl/hub/privkey.pem"
    run_hub --deb "$HUB_DEB1" --server-name "$NAME" --cert /etc/ssl/hub/fullchain.pem --key /etc/ssl/hub/privkey.pem
    echo "$output"
    [ "$status" -eq 0 ]
    site="$TREE/etc/nginx/sites-available/palvelupiste-hub"
    grep -qx '    ssl_certificate /etc/ssl/hub/fullchain.pem;' "$site"
    grep -qx '    ssl_certificate_key /etc/ssl/hub/privkey.pem;' "$site"
    [ ! -e "$TREE/etc/palvelupiste-hub/tls" ]
    [[ "$output" != *"SELF-SIGNED"* ]]
    run_hub --server-name "$NAME" --cert /etc/ssl/hub/fullchain.pem --key /etc/ssl/hub/other.pem
    [ "$status" -ne 0 ]
    [[ "$output" == *"Cannot read /etc/ssl/hub/other.pem"* ]]
}

@test "--letsencrypt: certbot once through nginx, the site then uses its certificate; a second run asks for none" {
    hub_tree
    run_hub --deb "$HUB_DEB1" --server-name "$NAME" --letsencrypt admin@example.fi
    echo "$output"
    [ "$status" -eq 0 ]
    grep -qx "certbot certonly --nginx --non-interactive --agree-tos --email admin@example.fi --domains $NAME --deploy-hook systemctl reload nginx --config-dir $TREE/etc/letsencrypt" "$FAKE_LOG"
    # nginx had the site on port 80 (with a stand-in certificate) before certbot asked
    [ "$(grep -E '^(certbot|systemctl reload nginx)' "$FAKE_LOG" | cut -d' ' -f1 | tr '\n' ' ')" = "systemctl certbot systemctl " ]
    site="$TREE/etc/nginx/sites-available/palvelupiste-hub"
    grep -qx "    ssl_certificate /etc/letsencrypt/live/$NAME/fullchain.pem;" "$site"
    grep -qx "    ssl_certificate_key /etc/letsencrypt/live/$NAME/privkey.pem;" "$site"
    # the stand-in is gone
    [ ! -e "$TREE/etc/palvelupiste-hub/tls" ]
    grep -qx 'apt-get install postgresql nginx certbot python3-certbot-nginx' "$TREE/palvelupiste-hub-root-mode/skipped-commands.list"
    : > "$FAKE_LOG"
    run_hub --server-name "$NAME" --letsencrypt admin@example.fi
    [ "$status" -eq 0 ]
    [[ "$output" == *"(0 changes)"* ]]
    run ! grep -q certbot "$FAKE_LOG"
}

@test "--letsencrypt: when certbot gets no certificate the installer says why it may be" {
    hub_tree
    echo certbot > "$FAKE_STATE/failing"
    run_hub --deb "$HUB_DEB1" --server-name "$NAME" --letsencrypt admin@example.fi
    [ "$status" -ne 0 ]
    [[ "$output" == *"Does $NAME point at this server, and is port 80 open?"* ]]
}

@test "nginx refusing the new site stops the installer before nginx is reloaded" {
    hub_tree
    echo 'nginx -t' > "$FAKE_STATE/failing"
    run_hub --deb "$HUB_DEB1" --server-name "$NAME" --self-signed
    [ "$status" -ne 0 ]
    [[ "$output" == *"nginx refuses its configuration"* ]]
    run ! grep -q 'reload nginx' "$FAKE_LOG"
}

@test "a hub that does not come up: the installer says so and where to look" {
    hub_tree
    echo '{"status":"DOWN"}' > "$FAKE_STATE/health"
    run_hub --deb "$HUB_DEB1" --server-name "$NAME" --self-signed --timeout 1
    [ "$status" -ne 0 ]
    [[ "$output" == *'did not answer http://127.0.0.1:8080/actuator/health with {"status":"UP"} in 1s'* ]]
    [[ "$output" == *"journalctl -u palvelupiste-hub"* ]]
    [ "$(grep -c '^curl ' "$FAKE_LOG")" -gt 1 ]
}

@test "the hub's port from the settings is the one nginx forwards to and the health check asks" {
    hub_tree
    in_root "$TREE" -i "$HUB_DEB1"
    sed -i 's/^server.port=8080$/server.port=8181/' "$PROPS"
    run_hub --server-name "$NAME" --self-signed
    [ "$status" -eq 0 ]
    [ "$(grep -c 'proxy_pass http://127.0.0.1:8181;' "$TREE/etc/nginx/sites-available/palvelupiste-hub")" -eq 3 ]
    grep -q 'http://127.0.0.1:8181/actuator/health' "$FAKE_LOG"
}

@test "a newer package: the database is backed up first; a failed backup upgrades nothing; an older package is not installed" {
    installed_hub
    echo 'systemctl start palvelupiste-hub-backup.service' > "$FAKE_STATE/failing"
    run_hub --deb "$HUB_DEB2" --server-name "$NAME" --self-signed
    [ "$status" -ne 0 ]
    [[ "$output" == *"The backup before the upgrade failed"*"nothing was upgraded"* ]]
    grep -q "GOOD hub-1" "$TREE/usr/share/palvelupiste-hub/palvelupiste-kiosk.jar"
    rm "$FAKE_STATE/failing"
    : > "$FAKE_LOG"
    run_hub --deb "$HUB_DEB2" --server-name "$NAME" --self-signed
    echo "$output"
    [ "$status" -eq 0 ]
    [[ "$output" == *"backing up the database before the upgrade"*"installing palvelupiste-hub $V2 over $V1"* ]]
    grep -qx 'systemctl start palvelupiste-hub-backup.service' "$FAKE_LOG"
    grep -q "GOOD hub-2" "$TREE/usr/share/palvelupiste-hub/palvelupiste-kiosk.jar"
    # the settings and their password stay
    [ "$(cat "$FAKE_STATE/pg/roles/palvelupiste_hub")" = "$(password_in_settings)" ]
    # the package's set-up restarted the hub, which has its password
    grep -qx 'deb-systemd-invoke restart palvelupiste-hub.service palvelupiste-hub-backup.timer' \
        "$TREE/palvelupiste-hub-root-mode/maintainer-scripts.log"
    run_hub --deb "$HUB_DEB1" --server-name "$NAME" --self-signed
    [ "$status" -eq 0 ]
    [[ "$output" == *"A newer version ($V2) is installed"* ]]
    grep -q "GOOD hub-2" "$TREE/usr/share/palvelupiste-hub/palvelupiste-kiosk.jar"
}

# ---- install-hub.sh --allow-standby

@test "--allow-standby: a replication user with a password file of root's, its pg_hba.conf line, PostgreSQL listening, a slot" {
    installed_hub --allow-standby 192.0.2.7
    [[ "$output" == *"sudo ./standby.sh --primary"* ]]
    pw="$TREE/etc/palvelupiste-hub/replication.password"
    [ "$(stat -c '%u %a' "$pw")" = "0 600" ]
    grep -qx '/etc/palvelupiste-hub/replication.password root:root 0600' "$TREE/palvelupiste-hub-root-mode/ownership.list"
    password="$(cat "$pw")"
    [[ "$password" =~ ^[0-9a-f]{48}$ ]]
    [ "$(cat "$FAKE_STATE/pg/roles/palvelupiste_hub_replication")" = "$password" ]
    grep -q '^CREATE ROLE palvelupiste_hub_replication REPLICATION LOGIN PASSWORD ' "$FAKE_STATE/psql.sql"
    [[ "$FIRST_OUTPUT" != *"$password"* ]]
    run ! grep -q "$password" "$FAKE_LOG"
    hba="$TREE/etc/postgresql/15/main/pg_hba.conf"
    [ "$(tail -n 3 "$hba")" = "$(printf '%s\n' \
        '# BEGIN palvelupiste-hub standby (written by provisioning/hub/install-hub.sh --allow-standby)' \
        'hostssl replication palvelupiste_hub_replication 192.0.2.7/32 scram-sha-256' \
        '# END palvelupiste-hub standby')" ]
    grep -qx 'local   all   postgres   peer' "$hba"
    [ "$(stat -c '%a' "$hba")" = 640 ]
    conf="$TREE/etc/postgresql/15/main/conf.d/palvelupiste-hub-standby.conf"
    grep -qx "listen_addresses = '\*'" "$conf"
    grep -qx "max_slot_wal_keep_size = '10GB'" "$conf"
    grep -qx '/etc/postgresql/15/main/conf.d/palvelupiste-hub-standby.conf postgres:postgres 0644' "$TREE/palvelupiste-hub-root-mode/ownership.list"
    # listen_addresses needs a restart
    grep -qx 'pg_ctlcluster 15 main restart' "$FAKE_LOG"
    [ -e "$FAKE_STATE/pg/slots/palvelupiste_hub_standby" ]
}

@test "--allow-standby with another address replaces the line and only reloads PostgreSQL" {
    installed_hub --allow-standby 192.0.2.7
    : > "$FAKE_LOG"
    run_hub --server-name "$NAME" --self-signed --allow-standby 2001:DB8::7
    echo "$output"
    [ "$status" -eq 0 ]
    hba="$TREE/etc/postgresql/15/main/pg_hba.conf"
    [ "$(grep -c '^hostssl' "$hba")" -eq 1 ]
    grep -qx 'hostssl replication palvelupiste_hub_replication 2001:db8::7/128 scram-sha-256' "$hba"
    [ "$(grep -c 'palvelupiste-hub standby' "$hba")" -eq 2 ]
    grep -qx 'SELECT pg_reload_conf()' "$FAKE_STATE/psql.sql"
    run ! grep -q pg_ctlcluster "$FAKE_LOG"
    # the same user and password
    [ "$(cat "$FAKE_STATE/pg/roles/palvelupiste_hub_replication")" = "$(cat "$TREE/etc/palvelupiste-hub/replication.password")" ]
}

@test "--allow-standby: a replication user whose password file is gone gets a new one" {
    installed_hub --allow-standby 192.0.2.7
    rm "$TREE/etc/palvelupiste-hub/replication.password"
    run_hub --server-name "$NAME" --self-signed --allow-standby 192.0.2.7
    [ "$status" -eq 0 ]
    [[ "$output" == *"given the new password"* ]]
    [ "$(cat "$FAKE_STATE/pg/roles/palvelupiste_hub_replication")" = "$(cat "$TREE/etc/palvelupiste-hub/replication.password")" ]
}

@test "--allow-standby refuses a PostgreSQL without TLS" {
    hub_tree
    echo off > "$FAKE_STATE/pg/ssl"
    run_hub --deb "$HUB_DEB1" --server-name "$NAME" --self-signed --allow-standby 192.0.2.7
    [ "$status" -ne 0 ]
    [[ "$output" == *"ssl is off"* ]]
    [ ! -e "$FAKE_STATE/pg/roles/palvelupiste_hub_replication" ]
}

# ---- the hub's unit, start script and settings

@test "the hub's unit runs the jar as asked, as its own user, after PostgreSQL, hardened" {
    unit="$PROV/hub/files/systemd/palvelupiste-hub.service"
    # the command line, its continuation lines joined
    exec_start="$(sed -n '/^ExecStart=/,/[^\\]$/p' "$unit" | sed 's/\\$//' | tr -s ' \n' ' ' | sed 's/ $//')"
    [ "$exec_start" = "ExecStart=/usr/share/palvelupiste-hub/bin/palvelupiste-hub-start -Xmx1g -XX:+ExitOnOutOfMemoryError -Dspring.aot.enabled=false -jar /usr/share/palvelupiste-hub/palvelupiste-kiosk.jar --spring.profiles.active=hub --spring.config.additional-location=file:/etc/palvelupiste-hub/hub.properties" ]
    for line in User=palvelupiste-hub Group=palvelupiste-hub 'After=postgresql.service network-online.target' \
        Wants=network-online.target Restart=on-failure NoNewPrivileges=yes ProtectSystem=strict \
        ReadWritePaths=/var/lib/palvelupiste-hub ProtectHome=yes PrivateTmp=yes PrivateDevices=yes \
        CapabilityBoundingSet= WantedBy=multi-user.target; do
        grep -qx -- "$line" "$unit" || { echo "missing: $line"; return 1; }
    done
    grep -q '^MemoryMax=' "$unit"
}

@test "palvelupiste-hub-start: the newest Java 21 or newer, the service's arguments as they are, never a start-up archive" {
    jvm="$BATS_TEST_TMPDIR/jvm"
    for v in 17.0.2 21.0.5 25.0.1; do
        mkdir -p "$jvm/java-$v/bin"
        printf '#!/bin/sh\necho "java %s $*"\n' "$v" > "$jvm/java-$v/bin/java"
        chmod +x "$jvm/java-$v/bin/java"
        printf 'JAVA_VERSION="%s"\n' "$v" > "$jvm/java-$v/release"
    done
    # an archive of the kiosk's on the same machine is not the hub's
    mkdir -p "$BATS_TEST_TMPDIR/cache"
    echo archive > "$BATS_TEST_TMPDIR/cache/palvelupiste.aot"
    export PALVELUPISTE_JVM_DIR="$jvm" PALVELUPISTE_CACHE_DIR="$BATS_TEST_TMPDIR/cache"
    run bash "$PROV/hub/files/bin/palvelupiste-hub-start" --print-command -Xmx1g -jar app.jar --spring.profiles.active=hub
    [ "$status" -eq 0 ]
    [ "$output" = "$(printf '%s\n' "$jvm/java-25.0.1/bin/java" -Xmx1g -jar app.jar --spring.profiles.active=hub)" ]
    run bash "$PROV/hub/files/bin/palvelupiste-hub-start" -Xmx1g -jar app.jar
    [ "$status" -eq 0 ]
    [[ "$output" == *"java 25.0.1 -Xmx1g -jar app.jar"* ]]
    rm -r "$jvm/java-21.0.5" "$jvm/java-25.0.1"
    run bash "$PROV/hub/files/bin/palvelupiste-hub-start" -jar app.jar
    [ "$status" -eq 1 ]
    [[ "$output" == *"No Java 21 or newer"* ]]
}

@test "the settings template has exactly the keys the hub reads, with their values, each explained" {
    props="$PROV/hub/files/etc/hub.properties"
    [ "$(grep -v -e '^#' -e '^$' "$props")" = "$(printf '%s\n' \
        'spring.datasource.url=jdbc:postgresql://localhost:5432/palvelupiste_hub' \
        'spring.datasource.username=palvelupiste_hub' \
        'spring.datasource.password=' \
        'server.address=127.0.0.1' \
        'server.port=8080' \
        'kiosk.data-dir=/var/lib/palvelupiste-hub' \
        'kiosk.hub.public-url=' \
        'kiosk.security.initial-admin-password=')" ]
    run awk '/^[a-z][a-z.-]*=/ { if (prev !~ /^# [^ ]/) { print "unexplained: " $0; bad = 1 } } { prev = $0 } END { exit bad }' "$props"
    [ "$status" -eq 0 ]
}

# ---- the backup

# backup_setup: the hub's settings and a backup folder, as the package and install-hub.sh leave them.
backup_setup() {
    BACKUPS="$BATS_TEST_TMPDIR/backups"
    SETTINGS="$BATS_TEST_TMPDIR/hub.properties"
    mkdir -p "$BACKUPS"
    sed 's/^spring.datasource.password=$/spring.datasource.password=s3cret:pass/' "$PROV/hub/files/etc/hub.properties" > "$SETTINGS"
}
backup() { run bash "$PROV/hub/files/bin/palvelupiste-hub-backup" --dir "$BACKUPS" --settings "$SETTINGS" "$@"; }

@test "backup: pg_dump of the hub's own database as its own user, the password only in a password file, read back" {
    backup_setup
    backup
    echo "$output"
    [ "$status" -eq 0 ]
    dumps=("$BACKUPS"/palvelupiste_hub-*.dump)
    [ "${#dumps[@]}" -eq 1 ]
    [[ "${dumps[0]##*/}" =~ ^palvelupiste_hub-[0-9]{8}T[0-9]{6}Z\.dump$ ]]
    [ "$(cat "${dumps[0]}")" = "PGDMP dump of palvelupiste_hub" ]
    [[ "$output" == *"backed up palvelupiste_hub from localhost:5432 to ${dumps[0]}"* ]]
    pg_dump_call="$(grep '^pg_dump ' "$FAKE_LOG")"
    [[ "$pg_dump_call" == "pg_dump --format=custom --no-password --host=localhost --port=5432 --username=palvelupiste_hub --dbname=palvelupiste_hub --file=${dumps[0]}.part" ]]
    grep -qx "pg_restore --list ${dumps[0]}.part" "$FAKE_LOG"
    # the ":" in the password is escaped as the password file wants it
    [ "$(cat "$FAKE_STATE/pgpass-seen")" = 'localhost:5432:palvelupiste_hub:palvelupiste_hub:s3cret\:pass' ]
    run ! grep -q s3cret "$FAKE_LOG"
    [ ! -e "${dumps[0]}.part" ]
}

@test "backup: the newest N are kept, N from --keep or PALVELUPISTE_HUB_BACKUP_KEEP (backup.conf), 14 by default" {
    backup_setup
    for d in 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15; do : > "$BACKUPS/palvelupiste_hub-202611${d}T023000Z.dump"; done
    : > "$BACKUPS/other-20261101T023000Z.dump"
    backup
    [ "$status" -eq 0 ]
    [ "$(find "$BACKUPS" -name 'palvelupiste_hub-*.dump' | wc -l)" -eq 14 ]
    [ ! -e "$BACKUPS/palvelupiste_hub-20261101T023000Z.dump" ]
    [ ! -e "$BACKUPS/palvelupiste_hub-20261102T023000Z.dump" ]
    [ -e "$BACKUPS/palvelupiste_hub-20261103T023000Z.dump" ]
    [[ "$output" == *"removed the old backup palvelupiste_hub-20261101T023000Z.dump (the newest 14 are kept)"* ]]
    # another database's files are not this one's to remove
    [ -e "$BACKUPS/other-20261101T023000Z.dump" ]
    PALVELUPISTE_HUB_BACKUP_KEEP=3 backup
    [ "$(find "$BACKUPS" -name 'palvelupiste_hub-*.dump' | wc -l)" -eq 3 ]
    backup --keep 1
    [ "$(find "$BACKUPS" -name 'palvelupiste_hub-*.dump' | wc -l)" -eq 1 ]
    # backup.conf names the setting with the script's default, switched off
    grep -qx '#PALVELUPISTE_HUB_BACKUP_KEEP=14' "$PROV/hub/files/etc/backup.conf"
    # shellcheck disable=SC2016 # the script's own text, not expanded here
    grep -q 'KEEP="${PALVELUPISTE_HUB_BACKUP_KEEP:-14}"' "$PROV/hub/files/bin/palvelupiste-hub-backup"
}

@test "backup: a failed dump leaves no part file and the older backups; it says so and exits 1" {
    backup_setup
    : > "$BACKUPS/palvelupiste_hub-20261101T023000Z.dump"
    : > "$BACKUPS/palvelupiste_hub-20261102T023000Z.dump.part"
    echo pg_dump > "$FAKE_STATE/failing"
    backup --keep 1
    [ "$status" -eq 1 ]
    [[ "$output" == *"pg_dump of palvelupiste_hub on localhost:5432 failed"* ]]
    [ "$(ls "$BACKUPS")" = palvelupiste_hub-20261101T023000Z.dump ]
}

@test "backup: the database's host and port come from the hub's URL; settings it cannot use are refused" {
    backup_setup
    sed -i 's#^spring.datasource.url=.*#spring.datasource.url=jdbc:postgresql://[2001:db8::5]:5433/hubdb?sslmode=require#' "$SETTINGS"
    backup
    [ "$status" -eq 0 ]
    grep -q -- '--host=2001:db8::5 --port=5433 --username=palvelupiste_hub --dbname=hubdb ' "$FAKE_LOG"
    sed -i 's#^spring.datasource.url=.*#spring.datasource.url=jdbc:h2:file:/tmp/hub#' "$SETTINGS"
    backup
    [ "$status" -eq 2 ]
    [[ "$output" == *"is not jdbc:postgresql://HOST[:PORT]/DATABASE"* ]]
    backup_setup
    sed -i 's/^spring.datasource.password=.*/spring.datasource.password=/' "$SETTINGS"
    backup
    [ "$status" -eq 2 ]
    [[ "$output" == *"has no spring.datasource.username or .password"* ]]
    backup_setup
    backup --keep 0
    [ "$status" -eq 2 ]
    run bash "$PROV/hub/files/bin/palvelupiste-hub-backup" --help
    [ "$status" -eq 0 ]
    [[ "$output" == *"--keep N"* ]]
}

@test "backup units: the hub's user with backup.conf, only the backup folder writable, every night, made up for after a night off" {
    service="$PROV/hub/files/systemd/palvelupiste-hub-backup.service"
    for line in Type=oneshot User=palvelupiste-hub EnvironmentFile=-/etc/palvelupiste-hub/backup.conf \
        ExecStart=/usr/share/palvelupiste-hub/bin/palvelupiste-hub-backup UMask=0077 ProtectSystem=strict \
        ReadWritePaths=/var/backups/palvelupiste-hub; do
        grep -qx -- "$line" "$service" || { echo "missing: $line"; return 1; }
    done
    timer="$PROV/hub/files/systemd/palvelupiste-hub-backup.timer"
    grep -qx 'OnCalendar=\*-\*-\* 02:30:00' "$timer"
    grep -qx 'Persistent=true' "$timer"
    grep -qx 'WantedBy=timers.target' "$timer"
}

# ---- standby.sh

PRIMARY=primary.example.fi

# standby_tree: a second server's tree with Debian's cluster 15/main running on data of its own.
standby_tree() {
    local conf="$TREE/etc/postgresql/15/main" data="$TREE/var/lib/postgresql/15/main"
    mkdir -p "$conf" "$data/base" "$FAKE_STATE/pg"
    printf "data_directory = '/var/lib/postgresql/15/main'\ninclude_dir = 'conf.d'\n" > "$conf/postgresql.conf"
    echo 15 > "$data/PG_VERSION"
    echo "the standby's own" > "$data/base/old"
    : > "$FAKE_STATE/pg/running"
    export FAKE_PG_DATA="$data"
    echo 0123456789abcdef > "$BATS_TEST_TMPDIR/replication.password"
}

run_standby() {
    run bash "$PROV/hub/standby.sh" --root "$TREE" --primary "$PRIMARY" --password-file "$BATS_TEST_TMPDIR/replication.password" "$@"
}

@test "standby.sh --help explains the options; wrong ones are refused before anything is done" {
    run bash "$PROV/hub/standby.sh" --help
    [ "$status" -eq 0 ]
    for o in "--primary HOST" "--password-file FILE" "--port PORT" "--cluster VER/NAME" "--slot NAME" "--root DIR"; do
        [[ "$output" == *"$o"* ]] || { echo "no $o"; return 1; }
    done
    run bash "$PROV/hub/standby.sh" --primary "$PRIMARY"
    [ "$status" -eq 2 ]
    standby_tree
    run_standby --port 54x
    [[ "$status" -ne 0 && "$output" == *"--port must be a number"* ]]
    run_standby --cluster main
    [[ "$status" -ne 0 && "$output" == *"--cluster must be VERSION/NAME"* ]]
    run bash "$PROV/hub/standby.sh" --root "$TREE" --primary "$PRIMARY" --password-file "$BATS_TEST_TMPDIR/none"
    [[ "$status" -ne 0 && "$output" == *"Cannot read the password file"* ]]
    [ ! -e "$FAKE_LOG" ]
}

@test "standby.sh: stops the cluster, keeps its data aside, copies the primary's with pg_basebackup -R -X stream -S, starts a hot standby" {
    standby_tree
    run_standby
    echo "$output"
    [ "$status" -eq 0 ]
    data="$TREE/var/lib/postgresql/15/main"
    passfile=/var/lib/postgresql/palvelupiste-hub-replication.pgpass
    conninfo="host=$PRIMARY port=5432 user=palvelupiste_hub_replication passfile=$passfile sslmode=require"
    [ "$(grep -E '^(pg_ctlcluster|runuser)' "$FAKE_LOG" | grep -v ' status$')" = "$(printf '%s\n' \
        'pg_ctlcluster 15 main stop' \
        "runuser -u postgres -- pg_basebackup -D $data -R -X stream -S palvelupiste_hub_standby -c fast -d $conninfo" \
        'pg_ctlcluster 15 main start' \
        'runuser -u postgres -- psql -X -q -A -t -v ON_ERROR_STOP=1 --dbname=postgres' \
        'runuser -u postgres -- psql -X -q -A -t -v ON_ERROR_STOP=1 --dbname=postgres')" ]
    # the old data, aside; the new one a standby's, its connection naming the password file, not the password
    aside=("$data".before-standby-*)
    [ "$(cat "${aside[0]}/base/old")" = "the standby's own" ]
    [ -e "$data/standby.signal" ]
    grep -q "^primary_conninfo = 'user=palvelupiste_hub_replication passfile=''$passfile'' .* host=$PRIMARY port=5432 sslmode=require " "$data/postgresql.auto.conf"
    grep -qx "primary_slot_name = 'palvelupiste_hub_standby'" "$data/postgresql.auto.conf"
    [ "$(cat "$TREE$passfile")" = "$PRIMARY:5432:replication:palvelupiste_hub_replication:0123456789abcdef" ]
    [ "$(stat -c '%a' "$TREE$passfile")" = 600 ]
    records="$TREE/palvelupiste-hub-root-mode/standby-ownership.list"
    grep -qx "$passfile postgres:postgres 0600" "$records"
    grep -qx "/var/lib/postgresql/15/main postgres:postgres 0700" "$records"
    run ! grep -q 0123456789abcdef "$FAKE_LOG" "$data/postgresql.auto.conf"
    [[ "$output" != *0123456789abcdef* ]]
    grep -qx 'SELECT pg_is_in_recovery()' "$FAKE_STATE/psql.sql"
}

@test "standby.sh again: a standby of that primary already is left as it is" {
    standby_tree
    run_standby
    [ "$status" -eq 0 ]
    [[ "$output" == *"a hot standby, streaming from $PRIMARY"* ]]
    before="$(tree_sum "$TREE")"
    : > "$FAKE_LOG"
    run_standby
    echo "$output"
    [ "$status" -eq 0 ]
    [[ "$output" == *"Nothing to do: this server is already a standby of $PRIMARY (0 changes)."* ]]
    [ "$(tree_sum "$TREE")" = "$before" ]
    run ! grep -E 'pg_basebackup|stop|start' "$FAKE_LOG"
    # a new password is only written where the standby reads it
    echo fedcba9876543210 > "$BATS_TEST_TMPDIR/replication.password"
    run_standby
    [ "$status" -eq 0 ]
    [[ "$output" == *"Done: 1 change(s) made."* ]]
    grep -q ':fedcba9876543210$' "$TREE/var/lib/postgresql/palvelupiste-hub-replication.pgpass"
    # stopped standby: started again
    rm "$FAKE_STATE/pg/running"
    run_standby
    [[ "$output" == *"PostgreSQL 15/main started"* ]]
}

@test "standby.sh: a copy that fails puts the cluster's own data back and starts it again" {
    standby_tree
    echo pg_basebackup > "$FAKE_STATE/failing"
    run_standby
    echo "$output"
    [ "$status" -ne 0 ]
    [[ "$output" == *"pg_basebackup could not copy"*"is as it was"*"--allow-standby"* ]]
    data="$TREE/var/lib/postgresql/15/main"
    [ "$(cat "$data/base/old")" = "the standby's own" ]
    [ -z "$(compgen -G "$data.before-standby-*")" ]
    [ "$(grep '^pg_ctlcluster' "$FAKE_LOG" | grep -v ' status$' | tail -n 1)" = 'pg_ctlcluster 15 main start' ]
    [ -e "$FAKE_STATE/pg/running" ]
}

@test "standby.sh: a primary of another major version is refused, the data put back" {
    standby_tree
    FAKE_PG_VERSION=17 run_standby
    [ "$status" -ne 0 ]
    [[ "$output" == *"The primary runs PostgreSQL 17, this cluster is 15"* ]]
    [ "$(cat "$TREE/var/lib/postgresql/15/main/base/old")" = "the standby's own" ]
}

@test "standby.sh: with two clusters here it asks which" {
    standby_tree
    mkdir -p "$TREE/etc/postgresql/17/main"
    printf "data_directory = '/var/lib/postgresql/17/main'\n" > "$TREE/etc/postgresql/17/main/postgresql.conf"
    run_standby
    [ "$status" -ne 0 ]
    [[ "$output" == *"--cluster VERSION/NAME: 15/main 17/main"* ]]
    run_standby --cluster 15/main --port 5433 --slot other_slot
    [ "$status" -eq 0 ]
    grep -q -- "-S other_slot -c fast -d host=$PRIMARY port=5433 " "$FAKE_LOG"
}
