# shellcheck shell=sh
# Sourced by ./mvnw and .ci/run: makes sure JAVA_HOME points at a JDK of version 21 or newer.
# Order: JAVA_HOME if it is new enough, then `java` on PATH, then the newest JDK under /usr/lib/jvm
# (and /opt/java, /usr/local/lib/jvm). Fails with a message that says what to install or set.

palvelupiste_java_major() {
  # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

palvelupiste_find_jdk() {
  required=21
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(palvelupiste_java_major "$JAVA_HOME/bin/java")
    if [ -n "$v" ] && [ "$v" -ge "$required" ]; then return 0; fi
  fi
  if command -v javac >/dev/null 2>&1; then
    javac_path=$(readlink -f "$(command -v javac)")
    home=${javac_path%/bin/javac}
    v=$(palvelupiste_java_major "$home/bin/java")
    if [ -n "$v" ] && [ "$v" -ge "$required" ]; then JAVA_HOME=$home; export JAVA_HOME; return 0; fi
  fi
  best=""
  best_v=0
  # find, not a glob: ./mvnw runs with `set -f`
  for home in $(find /usr/lib/jvm /opt/java /usr/local/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort); do
    [ -x "$home/bin/javac" ] || continue
    v=$(palvelupiste_java_major "$home/bin/java")
    if [ -n "$v" ] && [ "$v" -ge "$required" ] && [ "$v" -gt "$best_v" ]; then best=$home; best_v=$v; fi
  done
  if [ -n "$best" ]; then JAVA_HOME=$best; export JAVA_HOME; return 0; fi
  echo "Palvelupiste needs a JDK of version $required or newer, and none was found." >&2
  echo "  Install one (Debian: apt-get install openjdk-21-jdk-headless, or Temurin 21/25)," >&2
  echo "  or set JAVA_HOME to it, e.g. export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64" >&2
  return 1
}
