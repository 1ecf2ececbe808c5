# shellcheck shell=bash
# Picks a JDK >= 21 for Maven and the service: $JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm.
# The machine's default java may be 17; the project needs 21 (maven.compiler.release 21).

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

use_jdk_21_or_newer() {
  local best="" best_major=0 candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/openjdk /opt/jdk*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "error: this project needs a JDK 21 or newer (found none in \$JAVA_HOME or /usr/lib/jvm)." >&2
    echo "       Install one (e.g. Temurin 21/25 from https://adoptium.net, or 'apt-get install openjdk-21-jdk'" >&2
    echo "       where your distribution has it) and set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
  echo "Using JDK $best_major at $JAVA_HOME" >&2
}
