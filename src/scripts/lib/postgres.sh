# shellcheck shell=bash
# Finds a PostgreSQL server for the service and its tests, or starts one, or installs one (Debian/Ubuntu), or leaves
# it to Quarkus Dev Services where a Docker engine runs. Exports DB_URL, DB_USER and DB_PASSWORD for a database of
# our own (created when missing). A DB_URL already set by the caller is used as it is.

PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
DB_USER=${DB_USER:-duty_lists}
DB_PASSWORD=${DB_PASSWORD:-duty_lists}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: '$*' needs root and sudo is not available." >&2; return 1; fi
}

pg_up() {
  pg_isready -q -h "$PG_HOST" -p "$PG_PORT" 2>/dev/null
}

start_local_clusters() {
  command -v pg_lsclusters >/dev/null || return 1
  local version name
  while read -r version name _; do
    [ -n "$version" ] || continue
    echo "Starting PostgreSQL cluster $version/$name" >&2
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start 2>/dev/null \
      || as_root pg_ctlcluster "$version" "$name" start || true
  done < <(pg_lsclusters --no-header 2>/dev/null)
  for _ in $(seq 1 30); do pg_up && return 0; sleep 1; done
  return 1
}

install_postgres() {
  command -v apt-get >/dev/null || return 1
  echo "Installing PostgreSQL from the distribution's packages (apt-get)" >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
  start_local_clusters
}

# Runs SQL as a superuser: over TCP as postgres (trust setups), else over the local socket as the postgres OS user.
superuser_psql() {
  if psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    psql -v ON_ERROR_STOP=1 -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres "$@"
  elif command -v runuser >/dev/null && [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -p "$PG_PORT" -d postgres "$@"
  else
    sudo -u postgres psql -v ON_ERROR_STOP=1 -q -p "$PG_PORT" -d postgres "$@"
  fi
}

ensure_database() {
  local database="$1"
  superuser_psql -tAc "select 1 from pg_roles where rolname = '$DB_USER'" | grep -q 1 \
    || superuser_psql -c "create role $DB_USER login password '$DB_PASSWORD'"
  superuser_psql -tAc "select 1 from pg_database where datname = '$database'" | grep -q 1 \
    || superuser_psql -c "create database $database owner $DB_USER encoding 'UTF8' template template0"
}

# ensure_postgres DATABASE
ensure_postgres() {
  local database="$1"
  if [ -n "${DB_URL:-}" ]; then
    echo "Using the database at DB_URL=$DB_URL" >&2
    export DB_URL DB_USER DB_PASSWORD
    return 0
  fi
  if ! pg_up && ! start_local_clusters; then
    if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
      echo "No local PostgreSQL; Quarkus Dev Services will start one in Docker" >&2
      unset DB_URL
      return 0
    fi
    install_postgres || {
      echo "error: no PostgreSQL on $PG_HOST:$PG_PORT, none could be started or installed, and no Docker engine" >&2
      echo "       for Dev Services. Start one, or set DB_URL, DB_USER and DB_PASSWORD." >&2
      return 1
    }
  fi
  command -v psql >/dev/null || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-client >&2
  ensure_database "$database"
  export DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$database"
  export DB_USER DB_PASSWORD
  echo "Using PostgreSQL database $database on $PG_HOST:$PG_PORT" >&2
}
