#!/bin/bash
# Palvelupiste hub installer: installs the palvelupiste-hub package with
# PostgreSQL and nginx on a Debian 12 or 13 server, and does what a package
# cannot: the database and its password, the server's name and certificate,
# the nginx site, and (--allow-standby) what a PostgreSQL standby needs here.
# Safe to run again: it only changes what differs, and says so. See
# ../README.md, "Hub server".
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib/common.sh
. "$HERE/../lib/common.sh"

usage() {
    cat <<'EOF'
Usage: sudo ./install-hub.sh --deb palvelupiste-hub_VERSION_all.deb --server-name NAME TLS [options]

Sets up this Debian 12 or 13 server as the Palvelupiste hub that kiosks send
their sign-ups to. Installs the package, PostgreSQL and nginx with apt-get,
makes the PostgreSQL user and database palvelupiste_hub with a password of its
own (written into /etc/palvelupiste-hub/hub.properties, never printed), writes
the nginx site (HTTPS on 443, HTTP sent on to HTTPS), starts the hub and its
nightly backup, and waits until the hub answers. Running it again changes only
what differs (a second run with the same options changes nothing).

Options:
  --deb FILE              the package. Needed the first time; a newer one is
                          installed too (the database is backed up first).
  --server-name NAME      the server's DNS name, e.g. hub.example.fi (needed):
                          nginx answers to it, kiosks are given https://NAME
TLS, one of:
  --cert FILE --key FILE  a certificate (with its chain) and its key that you have
  --letsencrypt EMAIL     get one from Let's Encrypt with certbot's nginx plugin
                          (NAME must point at this server, port 80 open); EMAIL
                          gets Let's Encrypt's notices. certbot renews it.
  --self-signed           make a self-signed one: for trying the hub out only,
                          browsers warn and kiosks refuse it
Options:
  --allow-standby ADDRESS let a PostgreSQL standby at ADDRESS (an IP address or
                          network, e.g. 192.0.2.7 or 192.0.2.0/28) copy the
                          database: a replication user (its password in
                          /etc/palvelupiste-hub/replication.password, root's only),
                          its pg_hba.conf line, a replication slot; PostgreSQL
                          listens on every address then. Then run standby.sh there.
  --timeout SECONDS       how long to wait for the hub to answer [300]
  --root DIR              for tests: the server's files are in the directory tree
                          DIR (it needs a dpkg database). The package is installed
                          with dpkg --root DIR, apt-get is not run; the commands
                          that act on running services (systemctl, psql as
                          postgres with runuser, pg_ctlcluster, nginx, certbot,
                          curl) are still run: give fakes of them on PATH.
                          Writes what it skipped into DIR/palvelupiste-hub-root-mode/
  -h, --help              show this text

Settings are in /etc/palvelupiste-hub/hub.properties (the hub) and
/etc/palvelupiste-hub/backup.conf (how many backups are kept). The database
password and the public address go into the settings only where they are empty.
EOF
}

DEB=""
SERVER_NAME=""
CERT=""
KEY=""
LETSENCRYPT=""
SELF_SIGNED=no
STANDBY=""
TIMEOUT=300
while (($#)); do
    case "$1" in
        --deb) DEB="${2:?--deb needs a file}"; shift 2 ;;
        --server-name) SERVER_NAME="${2:?--server-name needs a DNS name}"; shift 2 ;;
        --cert) CERT="${2:?--cert needs a file}"; shift 2 ;;
        --key) KEY="${2:?--key needs a file}"; shift 2 ;;
        --letsencrypt) LETSENCRYPT="${2:?--letsencrypt needs an e-mail address}"; shift 2 ;;
        --self-signed) SELF_SIGNED=yes; shift ;;
        --allow-standby) STANDBY="${2:?--allow-standby needs an IP address}"; shift 2 ;;
        --timeout) TIMEOUT="${2:?--timeout needs seconds}"; shift 2 ;;
        --root) ROOT="${2:?--root needs a directory}"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) printf 'Unknown option: %s\n\n' "$1" >&2; usage >&2; exit 2 ;;
    esac
done

[[ -n "$SERVER_NAME" ]] || die "--server-name is needed: the server's DNS name, e.g. hub.example.fi"
SERVER_NAME="${SERVER_NAME,,}"
[[ "$SERVER_NAME" =~ ^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$ ]] ||
    die "--server-name must be a DNS name like hub.example.fi (not '$SERVER_NAME')"
tls_choices=0
[[ -n "$CERT$KEY" ]] && tls_choices=$((tls_choices + 1))
[[ -n "$LETSENCRYPT" ]] && tls_choices=$((tls_choices + 1))
[[ $SELF_SIGNED == yes ]] && tls_choices=$((tls_choices + 1))
((tls_choices == 1)) || die "Choose one way to get the certificate: --cert FILE --key FILE, --letsencrypt EMAIL or --self-signed"
if [[ -n "$CERT$KEY" ]]; then
    [[ -n "$CERT" && -n "$KEY" ]] || die "--cert and --key go together"
    for f in "$CERT" "$KEY"; do
        [[ "$f" == /* && "$f" != *[[:space:]\|]* ]] || die "--cert and --key need absolute paths without spaces (not '$f')"
    done
fi
if [[ -n "$LETSENCRYPT" && ! "$LETSENCRYPT" =~ ^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$ ]]; then
    die "--letsencrypt needs an e-mail address (not '$LETSENCRYPT')"
fi
[[ "$TIMEOUT" =~ ^[0-9]+$ ]] || die "--timeout must be a number of seconds"

# An address or network for pg_hba.conf: a single address gets /32 (IPv4) or /128 (IPv6).
STANDBY_CIDR=""
if [[ -n "$STANDBY" ]]; then
    if [[ "$STANDBY" =~ ^([0-9]{1,3}\.){3}[0-9]{1,3}(/([0-9]|[12][0-9]|3[0-2]))?$ ]]; then
        STANDBY_CIDR="$STANDBY"
        [[ "$STANDBY" == */* ]] || STANDBY_CIDR="$STANDBY/32"
    elif [[ "$STANDBY" =~ ^[0-9A-Fa-f]*:[0-9A-Fa-f:]*(/([0-9]|[1-9][0-9]|1[01][0-9]|12[0-8]))?$ ]]; then
        STANDBY_CIDR="${STANDBY,,}"
        [[ "$STANDBY" == */* ]] || STANDBY_CIDR="$STANDBY_CIDR/128"
    else
        die "--allow-standby needs the standby's IP address or network, e.g. 192.0.2.7 or 2001:db8::7 (not '$STANDBY')"
    fi
fi

if root_mode; then
    mkdir -p "$ROOT"
    ROOT="$(cd "$ROOT" && pwd)"
else
    [[ $EUID -eq 0 ]] || die "Please run the installer as root: sudo $0 $*"
fi
[[ -z "$DEB" || -f "$DEB" ]] || die "The package file '$DEB' does not exist."

PACKAGE=palvelupiste-hub
SHARE=/usr/share/palvelupiste-hub
CONF=/etc/palvelupiste-hub
SETTINGS=$CONF/hub.properties
REPLICATION_USER=palvelupiste_hub_replication
REPLICATION_PASSWORD=$CONF/replication.password
SLOT=palvelupiste_hub_standby
TLS_DIR=$CONF/tls
SITE=/etc/nginx/sites-available/palvelupiste-hub
SITE_LINK=/etc/nginx/sites-enabled/palvelupiste-hub
HEALTH_INTERVAL="${PALVELUPISTE_HUB_HEALTH_INTERVAL:-3}"
RECORD_DIR=/palvelupiste-hub-root-mode
SKIPPED=()
SETTINGS_CHANGED=0
NGINX_CHANGED=0

# ---------------------------------------------------------------- the packages
installed_version() { # the installed version of the hub's package, or nothing
    local status
    status="$(dpkg-query ${ROOT:+"--root=$ROOT"} -W -f='${db:Status-Abbrev} ${Version}' "$PACKAGE" 2>/dev/null || true)"
    if [[ "$status" == "ii "* ]]; then printf '%s' "${status##* }"; fi
}

candidate_major() { # package -> the major version apt would install (15 of 15+248)
    apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *\([0-9]*\).*/\1/p'
}

# Say clearly what is missing in this system's apt sources before apt-get says
# it in its own words.
check_sources() {
    local pkg found=no major
    apt-get update -qq || warn "apt-get update failed; using the package lists already on this server."
    if ! has_java_21; then
        for pkg in openjdk-21-jre-headless openjdk-25-jre-headless temurin-21-jre temurin-25-jre; do
            if has_candidate "$pkg"; then found=yes; break; fi
        done
        [[ $found == yes ]] || die "No Java 21 or newer is available from this system's package sources.
       Debian 12 \"bookworm\" has none (Debian 13 \"trixie\" has openjdk-21-jre-headless).
       On Debian 12, add Eclipse Temurin's apt repository (adoptium.net, \"Linux (DEB)\"
       instructions), run: sudo apt-get install temurin-21-jre, then this installer again."
    fi
    if ! is_installed postgresql; then
        major="$(candidate_major postgresql)"
        if [[ -z "$major" ]] || ((major < 15)); then
            die "The hub needs PostgreSQL 15 or newer; this system's sources offer '${major:-none}'. Use Debian 12 or 13."
        fi
    fi
    has_candidate nginx || is_installed nginx || die "nginx is not available from this system's package sources."
    if [[ -n "$LETSENCRYPT" ]]; then
        for pkg in certbot python3-certbot-nginx; do
            has_candidate "$pkg" || is_installed "$pkg" || die "$pkg is not available from this system's package sources (needed by --letsencrypt)."
        done
    fi
}

install_packages() {
    local name version current pkg
    local -a wanted=(postgresql nginx) missing=()
    say "Checking the packages ..."
    [[ -n "$LETSENCRYPT" ]] && wanted+=(certbot python3-certbot-nginx)
    current="$(installed_version)"
    if [[ -z "$DEB" ]]; then
        [[ -n "$current" ]] || die "The hub is not installed yet: give the package with --deb palvelupiste-hub_VERSION_all.deb"
        version="$current"
    else
        name="$(dpkg-deb --field "$DEB" Package 2>/dev/null)" || die "'$DEB' is not a Debian package."
        [[ "$name" == "$PACKAGE" ]] || die "'$DEB' is the package '$name', not $PACKAGE."
        version="$(dpkg-deb --field "$DEB" Version)"
        if [[ -n "$current" ]] && dpkg --compare-versions "$current" gt "$version"; then
            warn "A newer version ($current) is installed than $DEB ($version); the installer does not go back."
            version="$current"
        fi
    fi
    if root_mode; then
        SKIPPED+=("apt-get update" "apt-get install ${wanted[*]}")
    else
        for pkg in "${wanted[@]}"; do is_installed "$pkg" || missing+=("$pkg"); done
    fi
    [[ "$current" != "$version" ]] || ((${#missing[@]})) || return 0

    if [[ -n "$current" && "$current" != "$version" ]] && configured; then
        # An upgrade may change the database (Flyway, at the hub's start): there is no going back without a copy.
        say "  backing up the database before the upgrade ..."
        systemctl start palvelupiste-hub-backup.service ||
            die "The backup before the upgrade failed (journalctl -u palvelupiste-hub-backup); nothing was upgraded."
    fi
    if [[ "$current" != "$version" ]]; then
        say "  installing $PACKAGE $version${current:+ over $current}"
    fi
    if root_mode; then
        dpkg --root="$ROOT" --force-script-chrootless --force-confdef --force-confold -i "$DEB"
    else
        if ((${#missing[@]})); then say "  installing ${missing[*]}"; fi
        # The server's own settings are kept; a changed template comes beside them as .dpkg-dist.
        DEBIAN_FRONTEND=noninteractive apt-get install -y \
            -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
            "${missing[@]}" ${DEB:+"$(realpath "$DEB")"}
        if ((${#missing[@]})); then changed "${missing[*]} installed"; fi
    fi
    if [[ "$current" != "$version" ]]; then
        [[ "$(installed_version)" == "$version" ]] || die "$PACKAGE $version did not install; see the messages above."
        changed "package $PACKAGE $version installed"
    fi
}

# ---------------------------------------------------------------- services
# ensure_unit UNIT: enabled at boot and running.
ensure_unit() {
    if ! systemctl is-enabled --quiet "$1"; then
        systemctl enable --quiet "$1"
        changed "$1 enabled"
    fi
    if ! systemctl is-active --quiet "$1"; then
        systemctl start "$1"
        changed "$1 started"
    fi
}

# ---------------------------------------------------------------- the database
# The settings have the database's password: the package's set-up then starts the hub.
configured() {
    [[ -n "$(prop_get "$(tp "$SETTINGS")" spring.datasource.password)" ]]
}

# The database's host, name and user, from the settings' JDBC URL.
DB_HOST=""
DB_NAME=""
DB_USER=""
read_datasource() {
    local url file
    file="$(tp "$SETTINGS")"
    [[ -f "$file" ]] || die "$SETTINGS is missing; it comes with the package: sudo apt-get install --reinstall -o Dpkg::Options::=--force-confmiss $PACKAGE"
    url="$(prop_get "$file" spring.datasource.url)"
    [[ "$url" =~ ^jdbc:postgresql://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(:[0-9]+)?/([a-z_][a-z0-9_]*)(\?.*)?$ ]] ||
        die "spring.datasource.url in $SETTINGS is not jdbc:postgresql://HOST[:PORT]/DATABASE: '$url'"
    DB_HOST="${BASH_REMATCH[1]}"
    DB_NAME="${BASH_REMATCH[3]}"
    DB_USER="$(prop_get "$file" spring.datasource.username)"
    [[ "$DB_USER" =~ ^[a-z_][a-z0-9_]*$ ]] || die "spring.datasource.username in $SETTINGS must be a plain PostgreSQL name like palvelupiste_hub (not '$DB_USER')"
}

database_is_here() {
    case "$DB_HOST" in localhost|127.0.0.1|"[::1]") return 0 ;; *) return 1 ;; esac
}

# The hub's user and database, made only where missing. The password is the one
# in the settings; a new one where they have none. It is never printed.
ensure_database() {
    local password
    say "Checking the database ..."
    if ! database_is_here; then
        say "  the database is on $DB_HOST (spring.datasource.url): its user and database are made there, not here."
        return 0
    fi
    password="$(prop_get "$(tp "$SETTINGS")" spring.datasource.password)"
    if ! pg_has "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'"; then
        [[ -n "$password" ]] || password="$(new_password)"
        # log_statement off for this session, so that the password stays out of the server's log too.
        pg <<EOF
SET log_statement = 'none';
CREATE ROLE "$DB_USER" LOGIN PASSWORD $(sql_literal "$password");
EOF
        changed "PostgreSQL user $DB_USER created (its password is in $SETTINGS)"
    elif [[ -z "$password" ]]; then
        # The user is there but its password is not known here (a purged and reinstalled hub).
        password="$(new_password)"
        pg <<EOF
SET log_statement = 'none';
ALTER ROLE "$DB_USER" PASSWORD $(sql_literal "$password");
EOF
        changed "PostgreSQL user $DB_USER given a new password: $SETTINGS had none"
    fi
    set_hub_setting spring.datasource.password "$password" "(not shown)"
    if ! pg_has "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'"; then
        pg_query "CREATE DATABASE \"$DB_NAME\" OWNER \"$DB_USER\" ENCODING 'UTF8' TEMPLATE template0"
        changed "PostgreSQL database $DB_NAME created (owner $DB_USER)"
    fi
}

set_hub_setting() {
    local before=$CHANGES
    set_property "$SETTINGS" "$@"
    if ((CHANGES != before)); then SETTINGS_CHANGED=1; fi
}

# ---------------------------------------------------------------- the standby
HBA_BEGIN="# BEGIN palvelupiste-hub standby (written by provisioning/hub/install-hub.sh --allow-standby)"
HBA_END="# END palvelupiste-hub standby"

# write_keeping PATH: new content on stdin for a file that exists; its owner and mode stay.
write_keeping() {
    local real tmp
    real="$(tp "$1")"
    tmp="$(mktemp "$real.XXXXXX")"
    cat > "$tmp"
    if cmp -s "$tmp" "$real"; then
        rm -f "$tmp"
        return 1
    fi
    chmod --reference="$real" "$tmp"
    chown --reference="$real" "$tmp"
    mv -f "$tmp" "$real"
}

# What a standby at STANDBY_CIDR needs on this primary: a replication user with a
# password of its own, a pg_hba.conf line for it from that address only (TLS),
# PostgreSQL listening beyond localhost, and a slot that keeps the WAL it still needs.
ensure_standby_access() {
    local password="" new_password=no hba config conf_d cluster restart=no reload=no
    say "Checking what the standby at $STANDBY_CIDR needs ..."
    database_is_here || die "--allow-standby is for the database on this server; the settings name $DB_HOST."
    [[ "$(pg_query 'SHOW ssl')" == on ]] || die "PostgreSQL's ssl is off here: the standby's copy of every site's data must travel encrypted.
       Set ssl = on (Debian's clusters have it, with the ssl-cert package's certificate) and run this again."

    if [[ -f "$(tp "$REPLICATION_PASSWORD")" ]]; then password="$(< "$(tp "$REPLICATION_PASSWORD")")"; fi
    if [[ -z "$password" ]]; then
        password="$(new_password)"
        new_password=yes
        install_content "$REPLICATION_PASSWORD" root root 0600 <<< "$password"
    fi
    set_owner_mode "$REPLICATION_PASSWORD" root root 0600
    if ! pg_has "SELECT 1 FROM pg_roles WHERE rolname = '$REPLICATION_USER'"; then
        pg <<EOF
SET log_statement = 'none';
CREATE ROLE $REPLICATION_USER REPLICATION LOGIN PASSWORD $(sql_literal "$password");
EOF
        changed "PostgreSQL replication user $REPLICATION_USER created (its password is in $REPLICATION_PASSWORD)"
    elif [[ $new_password == yes ]]; then
        # The user is there, but its password file was not: it gets the new one.
        pg <<EOF
SET log_statement = 'none';
ALTER ROLE $REPLICATION_USER PASSWORD $(sql_literal "$password");
EOF
        changed "PostgreSQL replication user $REPLICATION_USER given the new password in $REPLICATION_PASSWORD"
    fi

    # Only the standby's address, only for replication, only by TLS.
    hba="$(pg_query 'SHOW hba_file')"
    [[ -f "$(tp "$hba")" ]] || die "PostgreSQL names $hba as its pg_hba.conf, but there is none."
    if write_keeping "$hba" < <(
        awk -v begin="$HBA_BEGIN" -v end="$HBA_END" '$0 == begin { skip = 1 } !skip { print } $0 == end { skip = 0 }' "$(tp "$hba")"
        printf '%s\n%s\n%s\n' "$HBA_BEGIN" "hostssl replication $REPLICATION_USER $STANDBY_CIDR scram-sha-256" "$HBA_END"); then
        changed "$hba: replication by $REPLICATION_USER from $STANDBY_CIDR allowed"
        reload=yes
    fi

    config="$(pg_query 'SHOW config_file')"
    conf_d="${config%/*}/conf.d"
    grep -Eqs "^[[:space:]]*include_dir[[:space:]]*=?[[:space:]]*'conf\.d'" "$(tp "$config")" ||
        die "$config does not include conf.d (Debian's clusters do); add: include_dir = 'conf.d'"
    ensure_dir "$conf_d" postgres postgres 0755
    local before=$CHANGES
    install_content "$conf_d/palvelupiste-hub-standby.conf" postgres postgres 0644 <<'EOF'
# Written by provisioning/hub/install-hub.sh --allow-standby: what a standby of this server needs.
# The standby connects from another machine; pg_hba.conf lets only it in, and only for replication.
listen_addresses = '*'
# The replication slot keeps the WAL a standby that is away still needs: at most this much,
# so that a standby gone for good cannot fill this server's disk.
max_slot_wal_keep_size = '10GB'
EOF
    if ((CHANGES != before)); then restart=yes; fi

    cluster="$(pg_query 'SHOW cluster_name')"
    [[ "$cluster" =~ ^[0-9]+/[A-Za-z0-9_.-]+$ ]] || die "PostgreSQL's cluster_name is '$cluster', not Debian's VERSION/NAME: cannot tell which cluster to restart."
    if [[ $restart == yes ]]; then
        # listen_addresses is read only when PostgreSQL starts (the hub reconnects by itself).
        pg_ctlcluster "${cluster%%/*}" "${cluster#*/}" restart
        say "  restarted PostgreSQL $cluster to listen for the standby"
    elif [[ $reload == yes ]]; then
        pg_query 'SELECT pg_reload_conf()' >/dev/null
    fi
    if ! pg_has "SELECT 1 FROM pg_replication_slots WHERE slot_name = '$SLOT'"; then
        pg_query "SELECT 1 FROM pg_create_physical_replication_slot('$SLOT')" >/dev/null
        changed "replication slot $SLOT created"
    fi
}

# ---------------------------------------------------------------- the certificate and the site
self_signed() { # CERT KEY: a self-signed certificate for SERVER_NAME, made once
    ensure_dir "$TLS_DIR" root root 0750
    if [[ ! -f "$(tp "$1")" || ! -f "$(tp "$2")" ]]; then
        (umask 077 && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 825 \
            -subj "/CN=$SERVER_NAME" -addext "subjectAltName=DNS:$SERVER_NAME" \
            -keyout "$(tp "$2")" -out "$(tp "$1")" 2>/dev/null) || die "openssl could not make a certificate for $SERVER_NAME"
        changed "$1 made (self-signed, for $SERVER_NAME)"
    fi
    set_owner_mode "$2" root root 0600
    set_owner_mode "$1" root root 0644
}

UPSTREAM=""
read_upstream() {
    local address port
    address="$(prop_get "$(tp "$SETTINGS")" server.address)"
    port="$(prop_get "$(tp "$SETTINGS")" server.port)"
    case "$address" in ""|0.0.0.0|"::") address=127.0.0.1 ;; esac
    [[ "$address" != *:* ]] || address="[$address]"
    UPSTREAM="$address:${port:-8080}"
}

# write_site CERT KEY: the nginx site for SERVER_NAME from the package's template.
write_site() {
    local before=$CHANGES
    ensure_dir /etc/nginx root root 0755
    ensure_dir /etc/nginx/sites-available root root 0755
    ensure_dir /etc/nginx/sites-enabled root root 0755
    install_content "$SITE" root root 0644 < <(
        sed -e "s|@SERVER_NAME@|$SERVER_NAME|g" -e "s|@UPSTREAM@|$UPSTREAM|g" \
            -e "s|@CERTIFICATE@|$1|g" -e "s|@CERTIFICATE_KEY@|$2|g" \
            "$(tp "$SHARE/nginx/palvelupiste-hub.conf.in")")
    ensure_symlink "$SITE" "$SITE_LINK"
    if ((CHANGES != before)); then NGINX_CHANGED=1; fi
}

reload_nginx() {
    ((NGINX_CHANGED)) || return 0
    nginx -t -q || die "nginx refuses its configuration with the new site $SITE (above); nginx still runs with the one before."
    if systemctl is-active --quiet nginx.service; then
        systemctl reload nginx.service
    else
        systemctl start nginx.service
    fi
    NGINX_CHANGED=0
}

set_up_tls_and_site() {
    local cert key le
    say "Checking the certificate and the nginx site for $SERVER_NAME ..."
    if [[ -n "$CERT" ]]; then
        for f in "$CERT" "$KEY"; do [[ -r "$(tp "$f")" ]] || die "Cannot read $f"; done
        cert="$CERT"
        key="$KEY"
    elif [[ $SELF_SIGNED == yes ]]; then
        cert="$TLS_DIR/$SERVER_NAME.self-signed.crt"
        key="$TLS_DIR/$SERVER_NAME.self-signed.key"
        self_signed "$cert" "$key"
        warn "SELF-SIGNED CERTIFICATE: $cert is for trying the hub out only.
         Browsers warn about it and kiosks refuse to sync with it. For real use run this
         again with --letsencrypt EMAIL or --cert FILE --key FILE."
    else
        le=/etc/letsencrypt/live/$SERVER_NAME
        cert="$le/fullchain.pem"
        key="$le/privkey.pem"
        if [[ ! -f "$(tp "$cert")" ]]; then
            # certbot's nginx plugin answers Let's Encrypt's challenge through the
            # site on port 80, and nginx takes the site only with a certificate:
            # a self-signed one stands in until certbot has the real one.
            self_signed "$TLS_DIR/$SERVER_NAME.self-signed.crt" "$TLS_DIR/$SERVER_NAME.self-signed.key"
            write_site "$TLS_DIR/$SERVER_NAME.self-signed.crt" "$TLS_DIR/$SERVER_NAME.self-signed.key"
            reload_nginx
            say "  asking Let's Encrypt for a certificate for $SERVER_NAME (certbot) ..."
            certbot certonly --nginx --non-interactive --agree-tos --email "$LETSENCRYPT" --domains "$SERVER_NAME" \
                --deploy-hook "systemctl reload nginx" ${ROOT:+--config-dir "$(tp /etc/letsencrypt)"} ||
                die "certbot got no certificate for $SERVER_NAME. Does $SERVER_NAME point at this server, and is port 80 open?"
            [[ -f "$(tp "$cert")" ]] || die "certbot made no $cert"
            # The stand-in goes, so that this run leaves what the next one would.
            for f in "$TLS_DIR/$SERVER_NAME.self-signed.crt" "$TLS_DIR/$SERVER_NAME.self-signed.key" "$TLS_DIR"; do
                rm -f "$(tp "$f")" 2>/dev/null || rmdir "$(tp "$f")" 2>/dev/null || continue
                unset 'OWNERSHIP[$f]'
            done
            changed "$cert from Let's Encrypt (certbot renews it)"
        fi
    fi
    write_site "$cert" "$key"
    reload_nginx
}

# ---------------------------------------------------------------- the hub
HUB_UNITS=(palvelupiste-hub.service palvelupiste-hub-backup.timer)

start_hub() {
    local u restart=$SETTINGS_CHANGED
    say "Checking the hub's services ..."
    for u in "${HUB_UNITS[@]}"; do
        if ! systemctl is-enabled --quiet "$u"; then
            systemctl enable --quiet "$u"
            changed "$u enabled"
        fi
        if ! systemctl is-active --quiet "$u"; then
            systemctl start "$u"
            changed "$u started"
            [[ "$u" != palvelupiste-hub.service ]] || restart=0
        fi
    done
    if ((restart)); then
        systemctl restart palvelupiste-hub.service
        say "  restarted the hub to use the new settings"
    fi
}

wait_for_hub() {
    local url="http://$UPSTREAM/actuator/health" deadline=$((SECONDS + TIMEOUT)) body tries=0
    say "Waiting for the hub to answer $url (at most ${TIMEOUT}s) ..."
    while :; do
        body="$(curl -fsS --max-time 5 "$url" 2>/dev/null || true)"
        tries=$((tries + 1))
        if [[ "$body" =~ \"status\"[[:space:]]*:[[:space:]]*\"UP\" ]]; then
            say "  the hub is up"
            return 0
        fi
        # at least a second try: bash counts SECONDS in whole seconds, so a short timeout could end after one
        ((SECONDS < deadline || tries < 2)) || die "The hub did not answer $url with {\"status\":\"UP\"} in ${TIMEOUT}s.
       Its log: journalctl -u palvelupiste-hub -n 200"
        sleep "$HEALTH_INTERVAL"
    done
}

# ---------------------------------------------------------------- main
if root_mode; then
    say "Installing into the directory tree $ROOT (the services' commands are run from PATH: fakes, in tests)."
elif [[ -n "$DEB" ]]; then
    check_sources
fi
install_packages
read_datasource
read_upstream
if database_is_here; then ensure_unit postgresql.service; fi
ensure_database
set_hub_setting kiosk.hub.public-url "https://$SERVER_NAME"
if [[ -n "$STANDBY_CIDR" ]]; then ensure_standby_access; fi
ensure_unit nginx.service
set_up_tls_and_site
start_hub
wait_for_hub
if root_mode; then write_root_records; fi

if ((CHANGES == 0)); then
    say "Nothing to do: this hub is already set up as asked (0 changes)."
else
    say "Done: $CHANGES change(s) made."
fi
say "Kiosks and coordinators use https://$SERVER_NAME"
if [[ -z "$(prop_get "$(tp "$SETTINGS")" kiosk.security.initial-admin-password)" ]]; then
    say "The first admin's one-time password is in the hub's log: sudo journalctl -u palvelupiste-hub | grep one-time"
fi
if [[ -n "$STANDBY_CIDR" ]]; then
    say "On the standby: copy $REPLICATION_PASSWORD there (root's only) and run: sudo ./standby.sh --primary <this server's address> --password-file <the copy>"
fi
