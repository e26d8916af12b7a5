#!/usr/bin/env bats
# shellcheck disable=SC2030,SC2031 # each test runs in its own subshell on purpose
# The start-up archive: palvelupiste-start (the service's ExecStart) and
# palvelupiste-archive (the training run), against fake Java homes whose "java"
# writes the archive file the JVM would, with its own arguments as the content.

load helpers
bats_require_minimum_version 1.5.0

setup() {
    JVMS="$BATS_TEST_TMPDIR/jvm"
    CACHE="$BATS_TEST_TMPDIR/cache"
    APP="$BATS_TEST_TMPDIR/app/palvelupiste-kiosk.jar"
    make_app_dir "$BATS_TEST_TMPDIR/app" "GOOD"
    export PALVELUPISTE_JVM_DIR="$JVMS" PALVELUPISTE_CACHE_DIR="$CACHE"
    unset PALVELUPISTE_JAVA
    START="$PROV/files/bin/palvelupiste-start"
    ARCHIVE="$PROV/files/bin/palvelupiste-archive"
}

# fake_jvm NAME MAJOR: a Java home under $JVMS. Its java prints some noise, and
# writes the file of -XX:AOTCacheOutput= or -XX:ArchiveClassesAtExit= holding
# the user it ran as and its arguments; FAKE_JAVA_FAIL=1 makes it fail instead,
# FAKE_JAVA_SLEEP=N makes it take N seconds first.
fake_jvm() {
    local home="$JVMS/$1"
    mkdir -p "$home/bin"
    printf 'JAVA_VERSION="%s.0.2"\n' "$2" > "$home/release"
    cat > "$home/bin/java" <<'FAKE'
#!/bin/bash
echo "[0.1s][warning][aot] some noise the real JVM prints"
sleep "${FAKE_JAVA_SLEEP:-0}"
if [[ "${FAKE_JAVA_FAIL:-}" == 1 ]]; then echo "APPLICATION FAILED TO START"; exit 1; fi
out=""
for arg in "$@"; do
    case "$arg" in -XX:AOTCacheOutput=*|-XX:ArchiveClassesAtExit=*) out="${arg#*=}" ;; esac
done
if [[ -n "$out" ]]; then { id -un; printf '%s\n' "$@"; } > "$out"; fi
exit 0
FAKE
    chmod +x "$home/bin/java"
}

@test "start: the newest Java 21 or newer under /usr/lib/jvm, and no archive flags without an archive" {
    fake_jvm java-17-openjdk-arm64 17
    fake_jvm java-21-openjdk-arm64 21
    fake_jvm temurin-25-jre-arm64 25
    ln -s java-17-openjdk-arm64 "$JVMS/default-java"
    run bash "$START" --print-command -Xmx256m -jar /usr/share/palvelupiste/palvelupiste-kiosk.jar --a=b
    [ "$status" -eq 0 ]
    [ "${lines[0]}" = "$JVMS/temurin-25-jre-arm64/bin/java" ]
    [ "${lines[*]:1}" = "-Xmx256m -jar /usr/share/palvelupiste/palvelupiste-kiosk.jar --a=b" ]
}

@test "start: JDK 25 with an AOT cache gets -XX:AOTCache before the service's options" {
    fake_jvm java-25-openjdk-arm64 25
    mkdir -p "$CACHE"
    echo cache > "$CACHE/palvelupiste.aot"
    echo old > "$CACHE/palvelupiste.jsa"
    run bash "$START" --print-command -Xmx256m -jar app.jar
    [ "${lines[1]}" = "-XX:AOTCache=$CACHE/palvelupiste.aot" ]
    [ "${lines[*]:2}" = "-Xmx256m -jar app.jar" ]
}

@test "start: JDK 21 with a class-data archive gets -XX:SharedArchiveFile and -Xshare:auto; an AOT cache is not for it" {
    fake_jvm java-21-openjdk-arm64 21
    mkdir -p "$CACHE"
    echo cache > "$CACHE/palvelupiste.jsa"
    echo cache > "$CACHE/palvelupiste.aot"
    run bash "$START" --print-command -jar app.jar
    [ "${lines[*]}" = "$JVMS/java-21-openjdk-arm64/bin/java -XX:SharedArchiveFile=$CACHE/palvelupiste.jsa -Xshare:auto -jar app.jar" ]
    rm "$CACHE/palvelupiste.jsa"
    run bash "$START" --print-command -jar app.jar
    [ "${lines[*]}" = "$JVMS/java-21-openjdk-arm64/bin/java -jar app.jar" ]
}

@test "start: PALVELUPISTE_JAVA chooses the Java; without any Java 21 it says what to install" {
    fake_jvm java-25-openjdk-arm64 25
    fake_jvm java-21-openjdk-arm64 21
    PALVELUPISTE_JAVA="$JVMS/java-21-openjdk-arm64/bin/java" run bash "$START" --print-command -jar app.jar
    [ "${lines[0]}" = "$JVMS/java-21-openjdk-arm64/bin/java" ]
    rm -rf "$JVMS"
    fake_jvm java-17-openjdk-arm64 17
    run bash "$START" -jar app.jar
    [ "$status" -eq 1 ]
    [[ "$output" == *"No Java 21 or newer"*"openjdk-21-jre-headless"* ]]
}

@test "start: runs java itself with the archive and the service's arguments, and logs which" {
    fake_jvm java-25-openjdk-arm64 25
    mkdir -p "$CACHE"
    echo cache > "$CACHE/palvelupiste.aot"
    run bash "$START" -XX:AOTCacheOutput="$BATS_TEST_TMPDIR/args" -Xmx256m -jar app.jar --x=y
    [ "$status" -eq 0 ]
    [[ "${lines[0]}" == "Java 25 ($JVMS/java-25-openjdk-arm64/bin/java), start-up archive $CACHE/palvelupiste.aot" ]]
    [ "$(sed -n 2p "$BATS_TEST_TMPDIR/args")" = "-XX:AOTCache=$CACHE/palvelupiste.aot" ]
    [ "$(tail -n 4 "$BATS_TEST_TMPDIR/args" | tr '\n' ' ')" = "-Xmx256m -jar app.jar --x=y " ]
}

@test "archive: JDK 25 trains into a temporary file next to the cache and renames it, as the service runs the jar" {
    fake_jvm java-25-openjdk-arm64 25
    run bash "$ARCHIVE" --app "$APP"
    [ "$status" -eq 0 ]
    [[ "$output" == *"Start-up archive written: $CACHE/palvelupiste.aot"* ]]
    args="$(tail -n +2 "$CACHE/palvelupiste.aot")"
    echo "$args"
    [ "$(head -n 1 <<< "$args")" = "-XX:AOTCacheOutput=$(dirname "$(grep -- '--kiosk.data-dir=' <<< "$args" | cut -d= -f2)")/palvelupiste.aot" ]
    work="$(grep -- '--kiosk.data-dir=' <<< "$args" | sed 's/^--kiosk.data-dir=//; s#/data$##')"
    [[ "$work" == "$CACHE"/.palvelupiste-archive.* ]]
    for arg in --kiosk.archive-training=true -Xmx256m -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED \
        -jar "$APP" --server.port=0 --logging.level.root=WARN "-Djava.io.tmpdir=$work/tmp"; do
        grep -qxF -- "$arg" <<< "$args" || { echo "missing $arg"; return 1; }
    done
    # never the real settings, data or port
    run ! grep -e 'spring.config' -e '/var/lib/palvelupiste' -e 'server.port=8080' <<< "$args"
    # the fresh data folder and the temporary file are gone
    [ ! -e "$work" ]
    [ "$(ls -A "$CACHE")" = palvelupiste.aot ]
    [ "$(stat -c %a "$CACHE/palvelupiste.aot")" = 644 ]
}

@test "archive: JDK 21 makes a class-data archive, and a default AOT cache of an earlier Java goes" {
    fake_jvm java-21-openjdk-arm64 21
    mkdir -p "$CACHE"
    echo old > "$CACHE/palvelupiste.aot"
    run bash "$ARCHIVE" --app "$APP"
    [ "$status" -eq 0 ]
    grep -q -- "^-XX:ArchiveClassesAtExit=$CACHE/.palvelupiste-archive.*/palvelupiste.jsa$" "$CACHE/palvelupiste.jsa"
    [ ! -e "$CACHE/palvelupiste.aot" ]
}

@test "archive: the options of the benchmark: --java, --app, --output anywhere" {
    fake_jvm temurin-25-jdk-amd64 25
    out="$BATS_TEST_TMPDIR/bench/startup.aot"
    PALVELUPISTE_JVM_DIR=/nonexistent run bash "$ARCHIVE" --java "$JVMS/temurin-25-jdk-amd64/bin/java" --app "$APP" --output "$out"
    [ "$status" -eq 0 ]
    grep -qx -- "-jar" "$out"
    [ "$(ls -A "$(dirname "$out")")" = startup.aot ]
    [ ! -e "$CACHE" ]
}

@test "archive: a failed training run changes nothing, says so and shows the run's last lines" {
    fake_jvm java-25-openjdk-arm64 25
    mkdir -p "$CACHE"
    echo previous > "$CACHE/palvelupiste.aot"
    FAKE_JAVA_FAIL=1 run bash "$ARCHIVE" --app "$APP"
    [ "$status" -eq 1 ]
    [[ "$output" == *"No start-up archive was made"*"APPLICATION FAILED TO START"* ]]
    [ "$(cat "$CACHE/palvelupiste.aot")" = previous ]
    [ "$(ls -A "$CACHE")" = palvelupiste.aot ]
}

@test "archive: a training run that takes too long is stopped" {
    fake_jvm java-25-openjdk-arm64 25
    FAKE_JAVA_SLEEP=30 run bash "$ARCHIVE" --app "$APP" --timeout 1
    [ "$status" -eq 1 ]
    [[ "$output" == *"longer than 1s"* ]]
    [ -z "$(ls -A "$CACHE")" ]
}

@test "archive: bad arguments are refused with exit code 2" {
    fake_jvm java-17-openjdk-arm64 17
    run bash "$ARCHIVE" --app "$APP"
    [ "$status" -eq 2 ]
    [[ "$output" == *"no Java 21 or newer"* ]]
    run bash "$ARCHIVE" --java "$JVMS/java-17-openjdk-arm64/bin/java" --app "$APP"
    [ "$status" -eq 2 ]
    [[ "$output" == *"is Java 17"* ]]
    fake_jvm java-21-openjdk-arm64 21
    run bash "$ARCHIVE" --app "$BATS_TEST_TMPDIR/none.jar"
    [ "$status" -eq 2 ]
    [[ "$output" == *"--app"* ]]
    run bash "$ARCHIVE" --app "$APP" --timeout soon
    [ "$status" -eq 2 ]
    run bash "$ARCHIVE" --bogus
    [ "$status" -eq 2 ]
}

@test "archive: --user trains as that user and hands the archive to root" {
    [[ $EUID -eq 0 ]] || skip "needs root (setpriv)"
    # somewhere the user may read and write, outside the test's private folder
    shared="$(mktemp -d /tmp/palvelupiste-archive-test.XXXXXX)"
    chmod 0755 "$shared"
    JVMS="$shared/jvm" fake_jvm java-25-openjdk-arm64 25
    make_app_dir "$shared/app" GOOD
    chmod -R a+rX "$shared"
    PALVELUPISTE_JVM_DIR="$shared/jvm" run bash "$ARCHIVE" --app "$shared/app/palvelupiste-kiosk.jar" \
        --output "$shared/cache/palvelupiste.aot" --user nobody
    status_was="$status"
    owner="$(stat -c %U:%G "$shared/cache/palvelupiste.aot" 2>/dev/null || true)"
    ran_as="$(head -n 1 "$shared/cache/palvelupiste.aot" 2>/dev/null || true)"
    rm -rf "$shared"
    [ "$status_was" -eq 0 ]
    [ "$ran_as" = nobody ]
    [ "$owner" = root:root ]
}

@test "archive: the training run uses the heap, collector and native access of palvelupiste.service" {
    fake_jvm java-25-openjdk-arm64 25
    unit="$PROV/files/systemd/palvelupiste.service"
    run bash "$ARCHIVE" --app "$APP" --print-command
    [ "$status" -eq 0 ]
    for opt in -Xmx256m -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED; do
        grep -qF -- "$opt" "$unit"
        printf '%s\n' "${lines[@]}" | grep -qxF -- "$opt"
    done
    grep -q -- '-jar /usr/share/palvelupiste/palvelupiste-kiosk.jar' "$unit"
    grep -q '^ExecStart=/usr/share/palvelupiste/bin/palvelupiste-start ' "$unit"
}
