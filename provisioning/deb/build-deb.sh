#!/bin/bash
# Builds the two Debian packages with dpkg-deb, from one extracted application:
#   palvelupiste_<version>_all.deb      the kiosk: the application (extracted from
#       the Spring Boot jar), its scripts, systemd units, settings (as conffiles),
#       Chromium policy, PAM file, journald drop-in, udev rule template, maintainer
#       scripts. See ../README.md, "The Debian package".
#   palvelupiste-hub_<version>_all.deb  the hub server: the same application, its
#       unit, settings, nightly database backup and nginx site template, and its
#       maintainer scripts (deb/hub/). See ../README.md, "Hub server".
# Both go through the same steps (build_package); only what each holds differs
# (stage_kiosk, stage_hub). Run by ./mvnw package (module provisioning):
#   build-deb.sh --jar kiosk-app/target/palvelupiste-kiosk.jar --java JAVA \
#                --maven-version 0.1.0-SNAPSHOT --output-dir provisioning/target
# Prints the path of each package it built, one a line.
# Tests build small packages from an already extracted application: --app-dir DIR,
# and only the one they need: --package palvelupiste or --package palvelupiste-hub.
#   build-deb.sh --print-version --maven-version V   only print the Debian version
# Environment:
#   PALVELUPISTE_DEB_VERSION     the Debian version to use instead of the one made from --maven-version
#   PALVELUPISTE_DEB_MAINTAINER  the Maintainer field [Palvelupiste maintainers <dev@palvelupiste.invalid>]
#   SOURCE_DATE_EPOCH            the build's time [the last commit's when the work tree is clean, else now]
set -euo pipefail

PROV="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEB="$PROV/deb"
HUB="$PROV/hub"
PACKAGES=(palvelupiste palvelupiste-hub)
MAINTAINER="${PALVELUPISTE_DEB_MAINTAINER:-Palvelupiste maintainers <dev@palvelupiste.invalid>}"
# A Java 21+ runtime from Debian (or any package that provides java21-runtime-headless,
# as Debian's newer openjdk packages do): both packages run the same application.
JAVA_DEPENDS="openjdk-21-jre-headless | openjdk-25-jre-headless | java21-runtime-headless"

die() { printf 'build-deb.sh: %s\n' "$*" >&2; exit 1; }

JAR=""
APP_DIR=""
JAVA="java"
MAVEN_VERSION=""
OUTPUT_DIR=""
PRINT_VERSION=no
while (($#)); do
    case "$1" in
        --jar) JAR="${2:?--jar needs the Spring Boot jar}"; shift 2 ;;
        --app-dir) APP_DIR="${2:?--app-dir needs a directory}"; shift 2 ;;
        --java) JAVA="${2:?--java needs a java binary}"; shift 2 ;;
        --maven-version) MAVEN_VERSION="${2:?--maven-version needs a version}"; shift 2 ;;
        --output-dir) OUTPUT_DIR="${2:?--output-dir needs a directory}"; shift 2 ;;
        --package)
            case "${2:-}" in
                palvelupiste|palvelupiste-hub) PACKAGES=("$2") ;;
                *) die "--package needs palvelupiste or palvelupiste-hub" ;;
            esac
            shift 2 ;;
        --print-version) PRINT_VERSION=yes; shift ;;
        *) die "unknown option: $1" ;;
    esac
done

# The build's time: the last commit's, so that building the same commit again
# gives the same version and file times; now, when there are changes not
# committed yet (or no git), so that every such build sorts later.
build_epoch() {
    if [[ -n "${SOURCE_DATE_EPOCH:-}" ]]; then
        printf '%s' "$SOURCE_DATE_EPOCH"
    elif git -C "$PROV" rev-parse --git-dir >/dev/null 2>&1 &&
        [[ -z "$(git -C "$PROV" status --porcelain --untracked-files=no 2>/dev/null)" ]]; then
        git -C "$PROV" log -1 --format=%ct
    else
        date +%s
    fi
}

# Maven's version as a Debian version: "-" would start a Debian revision, so it
# becomes "~" (sorts before the release: 0.1.0~SNAPSHOT < 0.1.0), and a snapshot
# gets the build's UTC time, so that a later build is a newer package.
#   0.1.0-SNAPSHOT -> 0.1.0~SNAPSHOT.20261202163000, 0.2.0 -> 0.2.0, 0.2.0-RC1 -> 0.2.0~RC1
debian_version() {
    local maven="$1" epoch="$2" v
    v="${maven//-/\~}"
    if [[ "$maven" == *-SNAPSHOT ]]; then
        v="$v.$(date -u -d "@$epoch" +%Y%m%d%H%M%S)"
    fi
    printf '%s' "$v"
}

EPOCH="$(build_epoch)"
if [[ -n "${PALVELUPISTE_DEB_VERSION:-}" ]]; then
    VERSION="$PALVELUPISTE_DEB_VERSION"
else
    [[ -n "$MAVEN_VERSION" ]] || die "--maven-version is needed (or PALVELUPISTE_DEB_VERSION)"
    VERSION="$(debian_version "$MAVEN_VERSION" "$EPOCH")"
fi
[[ "$VERSION" =~ ^[0-9][A-Za-z0-9.+~]*$ ]] || die "'$VERSION' is not a Debian version"
if [[ $PRINT_VERSION == yes ]]; then
    printf '%s\n' "$VERSION"
    exit 0
fi
[[ -n "$OUTPUT_DIR" ]] || die "--output-dir is needed"
[[ -n "$JAR" || -n "$APP_DIR" ]] || die "give the application: --jar FILE or --app-dir DIR"
[[ -z "$JAR" || -f "$JAR" ]] || die "no jar at $JAR (build kiosk-app first: ./mvnw -pl kiosk-app -am -DskipTests package)"
[[ -z "$APP_DIR" || -f "$APP_DIR/palvelupiste-kiosk.jar" ]] || die "no palvelupiste-kiosk.jar in $APP_DIR"
export SOURCE_DATE_EPOCH="$EPOCH"

mkdir -p "$OUTPUT_DIR"
OUTPUT_DIR="$(cd "$OUTPUT_DIR" && pwd)"
STAGE="$OUTPUT_DIR/deb-root"

# ---- the application, extracted once for both packages (the layout `java
# -Djarmode=tools extract` makes: the application's jar and lib/ beside it), so
# that a start-up archive can be made for it and the JVM maps classes from plain
# jars instead of a jar in a jar.
if [[ -n "$APP_DIR" ]]; then
    APP="$APP_DIR"
else
    APP="$OUTPUT_DIR/deb-extract"
    rm -rf "$APP"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
    [[ -f "$APP/palvelupiste-kiosk.jar" ]] || die "extracting $JAR gave no palvelupiste-kiosk.jar"
fi

# put SRC DEST MODE: a file into the package (DEST inside it).
put() {
    install -D -m "$3" "$1" "$STAGE$2"
}
# put_gz SRC DEST: a compressed document (no name or time in the gzip header).
put_gz() {
    mkdir -p "$(dirname "$STAGE$2")"
    gzip -9nc "$1" > "$STAGE$2"
    chmod 0644 "$STAGE$2"
}

# put_app: the extracted application into $SHARE, every file 0644.
put_app() {
    mkdir -p "$STAGE$SHARE"
    cp -R "$APP/." "$STAGE$SHARE/"
    find "$STAGE$SHARE" -type d -exec chmod 0755 {} +
    find "$STAGE$SHARE" -type f -exec chmod 0644 {} +
}

# ---- what only the kiosk's package holds. Sets its control fields too:
# DEPENDS, RECOMMENDS, SCRIPTS (the folder of its maintainer scripts, copyright
# and lintian overrides), TRIGGERS (its triggers file, or empty) and DESCRIPTION.
stage_kiosk() {
    local f u cmd
    # The display session, the browser, and what the scripts use that is not
    # essential: curl, useradd (passwd), pam_systemd.so for the display session
    # (libpam-systemd). deb-systemd-helper's init-system-helpers is essential.
    # fonts with Cyrillic and Arabic letters for the screens and for slips' raster lines; voices for "Read aloud"
    DEPENDS="$JAVA_DEPENDS, chromium | chromium-browser, labwc, wlr-randr, curl, passwd, systemd, libpam-systemd, fonts-dejavu-core | fonts-noto-core"
    RECOMMENDS="speech-dispatcher, espeak-ng"
    SCRIPTS="$DEB"
    TRIGGERS="$DEB/triggers"

    # scripts: run by the units, so not on PATH; the two an admin runs are in /usr/sbin
    for f in "$PROV"/files/bin/*; do
        put "$f" "$SHARE/bin/${f##*/}" 0755
    done
    put "$PROV/update.sh" "$SHARE/bin/palvelupiste-update" 0755
    put "$PROV/files/lib/kiosk-common.sh" "$SHARE/lib/kiosk-common.sh" 0644
    put "$PROV/files/udev/60-palvelupiste-printer.rules.in" "$SHARE/udev/60-palvelupiste-printer.rules.in" 0644
    mkdir -p "$STAGE/usr/sbin"
    for cmd in palvelupiste-update palvelupiste-archive; do
        ln -s "../share/$PACKAGE/bin/$cmd" "$STAGE/usr/sbin/$cmd"
        put_gz "$DEB/man/$cmd.8" "/usr/share/man/man8/$cmd.8.gz"
    done

    # systemd: units and the journald drop-in where packages put them (/usr/lib);
    # an admin's changes go to /etc/systemd (systemctl edit), which wins.
    for u in "$PROV"/files/systemd/*; do
        put "$u" "/usr/lib/systemd/system/${u##*/}" 0644
    done
    put "$PROV/files/etc/journald.conf.d/palvelupiste.conf" /usr/lib/systemd/journald.conf.d/palvelupiste.conf 0644

    # /etc: every file here is a conffile (an upgrade never overwrites local edits).
    # The settings may come to hold the first admin's password: postinst makes them
    # root:kiosk 0640 with dpkg-statoverride (the template itself holds none).
    put "$PROV/files/etc/palvelupiste.properties" /etc/palvelupiste/palvelupiste.properties 0644
    put "$PROV/files/etc/display.conf" /etc/palvelupiste/display.conf 0644
    put "$PROV/files/etc/watchdog.conf" /etc/palvelupiste/watchdog.conf 0644
    put "$PROV/files/etc/chromium/policies/managed/palvelupiste.json" /etc/chromium/policies/managed/palvelupiste.json 0644
    put "$PROV/files/etc/pam.d/palvelupiste-kiosk" /etc/pam.d/palvelupiste-kiosk 0644

    DESCRIPTION="touchscreen kiosk for libraries and village halls
 Palvelupiste is a touchscreen kiosk for public service points: residents
 take queue numbers, sign up for photo days and shared rides and print forms
 on it, staff run the queues from the library's computer. It works without a
 network, in Finnish, Swedish and English, with a serial thermal printer.
 .
 This package turns a Raspberry Pi into the kiosk: the application (Spring
 Boot, Vaadin, H2) run by systemd as the user \"kiosk\", a labwc display
 session on tty1 with a locked-down Chromium, a watchdog, and the screen's
 on/off schedule. The site's own set-up (printer, boot files, read-only SD
 card) is made by install.sh from the same repository."
}

# ---- what only the hub's package holds (see stage_kiosk for the fields it sets).
stage_hub() {
    local f u
    # curl: install-hub.sh's health check; useradd (passwd). PostgreSQL and nginx
    # are only recommended: the database may be on another server, and another
    # proxy may do HTTPS.
    DEPENDS="$JAVA_DEPENDS, curl, passwd, systemd"
    RECOMMENDS="postgresql (>= 15), nginx"
    SCRIPTS="$DEB/hub"
    TRIGGERS=""

    # The hub's start script finds Java with the kiosk's shared part, beside the jars as in the kiosk's package.
    for f in "$HUB"/files/bin/*; do
        put "$f" "$SHARE/bin/${f##*/}" 0755
    done
    put "$PROV/files/lib/kiosk-common.sh" "$SHARE/lib/kiosk-common.sh" 0644
    put "$HUB/files/nginx/palvelupiste-hub.conf.in" "$SHARE/nginx/palvelupiste-hub.conf.in" 0644
    for u in "$HUB"/files/systemd/*; do
        put "$u" "/usr/lib/systemd/system/${u##*/}" 0644
    done
    # Conffiles. The settings come to hold the database's password: postinst makes
    # them root:palvelupiste-hub 0640 with dpkg-statoverride.
    put "$HUB/files/etc/hub.properties" /etc/palvelupiste-hub/hub.properties 0644
    put "$HUB/files/etc/backup.conf" /etc/palvelupiste-hub/backup.conf 0644

    DESCRIPTION="coordinator server for Palvelupiste kiosks
 Palvelupiste is a touchscreen kiosk for public service points: residents
 take queue numbers, sign up for photo days and shared rides and print forms
 on it, staff run the queues from the library's computer. It works without a
 network, in Finnish, Swedish and English, with a serial thermal printer.
 .
 This package runs the same application as the hub server that the kiosks of
 many sites send their sign-ups to, so that coordinators see every site in
 one place: run by systemd as the user \"palvelupiste-hub\", on PostgreSQL,
 behind nginx for HTTPS, with a nightly database backup. The database, the
 certificate and the nginx site are set up by hub/install-hub.sh from the
 same repository."
}

# build_package NAME: stages the package NAME (the application, then stage_*'s
# files, documentation, control files) and builds it; prints its path.
build_package() {
    local doc changelog script installed_size out
    PACKAGE="$1"
    SHARE=/usr/share/$PACKAGE
    rm -rf "$STAGE"
    mkdir -p "$STAGE/DEBIAN"
    put_app
    case "$PACKAGE" in
        palvelupiste) stage_kiosk ;;
        palvelupiste-hub) stage_hub ;;
    esac

    # ---- documentation
    doc=/usr/share/doc/$PACKAGE
    put "$SCRIPTS/copyright" "$doc/copyright" 0644
    put_gz "$PROV/README.md" "$doc/README.md.gz"
    changelog="$OUTPUT_DIR/deb-changelog"
    cat > "$changelog" <<EOF
$PACKAGE ($VERSION) unstable; urgency=medium

  * Built from the Palvelupiste repository by provisioning/deb/build-deb.sh;
    what changed is in the repository's history.

 -- $MAINTAINER  $(LC_ALL=C date -u -R -d "@$EPOCH")
EOF
    put_gz "$changelog" "$doc/changelog.gz"
    rm -f "$changelog"
    if grep -qv '^\(#.*\)\?$' "$SCRIPTS/lintian-overrides" 2>/dev/null; then
        put "$SCRIPTS/lintian-overrides" "/usr/share/lintian/overrides/$PACKAGE" 0644
    fi

    # ---- control files
    for script in postinst prerm postrm; do
        install -m 0755 "$SCRIPTS/$script" "$STAGE/DEBIAN/$script"
    done
    if [[ -n "$TRIGGERS" ]]; then
        install -m 0644 "$TRIGGERS" "$STAGE/DEBIAN/triggers"
    fi
    (cd "$STAGE" && find etc -type f | LC_ALL=C sort | sed 's|^|/|') > "$STAGE/DEBIAN/conffiles"
    (cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\n' | LC_ALL=C sort |
        xargs -d '\n' md5sum) > "$STAGE/DEBIAN/md5sums"
    installed_size="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
    # (a Recommends line only where there is something to recommend)
    cat > "$STAGE/DEBIAN/control" <<EOF
Package: $PACKAGE
Version: $VERSION
Architecture: all
Maintainer: $MAINTAINER
Installed-Size: $installed_size
Depends: $DEPENDS
${RECOMMENDS:+Recommends: $RECOMMENDS
}Section: misc
Priority: optional
Description: $DESCRIPTION
EOF

    # ---- the package; the output folder keeps only this build's
    find "$OUTPUT_DIR" -maxdepth 1 -name "${PACKAGE}_*_all.deb" -delete
    out="$OUTPUT_DIR/${PACKAGE}_${VERSION}_all.deb"
    # gzip, not xz: the jars are compressed already, and xz made the package 2% smaller in 17 times the time.
    dpkg-deb --root-owner-group -Zgzip -z9 --build "$STAGE" "$out" >/dev/null
    rm -rf "$STAGE"
    printf '%s\n' "$out"
}

for package in "${PACKAGES[@]}"; do
    build_package "$package"
done
if [[ -z "$APP_DIR" ]]; then rm -rf "$APP"; fi
