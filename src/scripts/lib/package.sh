# shellcheck shell=bash
# Builds the runnable application unless it is newer than every source: a command run from a stale jar would not
# know a new option, or would read last week's models.

package_if_stale() {
  local app=target/quarkus-app/app
  if [ -f target/quarkus-app/quarkus-run.jar ] && [ -d "$app" ] && [ -n "$(ls "$app"/*.jar 2>/dev/null)" ] \
      && [ -z "$(find pom.xml src/main -newer "$(ls -t "$app"/*.jar | head -1)" -type f -print -quit)" ]; then
    return 0
  fi
  echo "Building the application (sources changed since the last build)" >&2
  ./mvnw -B -q package -DskipTests
}
