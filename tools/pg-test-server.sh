#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests.
#
#   tools/pg-test-server.sh start DIR   creates a cluster in DIR (which must not exist or be empty),
#                                       starts it and prints its URL
#   tools/pg-test-server.sh url DIR     prints the URL of the server in DIR
#   tools/pg-test-server.sh stop DIR    stops the server and removes DIR
#   tools/pg-test-server.sh restart DIR  stops the server at once, as a crash would (open
#                                       transactions are lost, committed ones recovered from
#                                       the write-ahead log), and starts it again on its port
#   tools/pg-test-server.sh down DIR    stops the server at once and keeps DIR: `restart` starts it again
#   tools/pg-test-server.sh owner-url DIR  prints the URL for the database's owner
#   tools/pg-test-server.sh password DIR  prints homeward_app's password
#
# The server listens on 127.0.0.1 only, on the first free port from 55432 upward, with its
# unix socket in DIR. Its roles are those README's "A shared database" asks the administrator
# for: the database homeward_test is owned by the login role homeward_owner, which runs the
# migrations (they grant the desks their rights); homeward_app is a desk's login role, a member
# of the group role homeward_desk, and owns nothing. Neither is a superuser (the owner may
# create databases, for tests that want one each). Both sign in with random passwords
# (scram-sha-256) kept in DIR/pgpass in ~/.pgpass format: point PGPASSFILE at it (or read
# homeward_app's with `password DIR` and set PGPASSWORD). The superuser "postgres" can only
# use the unix socket.
#
# PostgreSQL refuses to run as root: as root, the server runs as the postgres user (runuser)
# and DIR is given to it. No fsync (the data is thrown away anyway), but every commit reaches the
# write-ahead log before it is acknowledged, so a crash restart (restart) loses no acknowledged commit.
# If DIR is deleted without `stop`, the server notices its lock file gone and shuts down
# within a minute or so.
set -euo pipefail

usage() {
  echo "usage: $0 start|stop|restart|down|url|owner-url|password DIR" >&2
  exit 2
}
[ $# -eq 2 ] || usage
command=$1
dir=$2
[ -n "$dir" ] || usage
case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac
dir=${dir%/}

data="$dir/data"
marker="$dir/homeward-pg-test-server"
database=homeward_test
role=homeward_app
owner=homeward_owner
desk_group=homeward_desk
superuser=postgres

# The newest installed PostgreSQL (Debian keeps each major version in /usr/lib/postgresql/N/bin),
# or PG_BINDIR, or whatever is on PATH.
find_bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then
    echo "$PG_BINDIR"
    return
  fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
    echo "$newest"
    return
  fi
  local initdb
  initdb=$(command -v initdb || true)
  if [ -n "$initdb" ]; then
    dirname "$initdb"
    return
  fi
  echo "PostgreSQL is not installed (no initdb found): apt-get install postgresql" >&2
  exit 1
}

# Runs a command as the server's owner: the postgres user when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

url_of() {
  echo "postgresql://$1@127.0.0.1:$(cat "$dir/port")/$database"
}

port_in_use() {
  # A connection succeeds only if something listens there.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  local bin
  bin=$(find_bindir)
  if [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ]; then
    echo "$dir is not empty: give a new or empty folder" >&2
    exit 1
  fi
  mkdir -p "$dir"
  chmod 700 "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "No postgres user to run the server as" >&2; exit 1; }
    chown postgres: "$dir"
    if ! runuser -u postgres -- test -x "$(dirname "$dir")"; then
      echo "The postgres user cannot reach $(dirname "$dir"): use a folder under /tmp" >&2
      exit 1
    fi
  fi
  as_owner touch "$marker"

  local password owner_password
  password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
  owner_password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
  local locale=C
  locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$' && locale=C.UTF-8
  # Trust on the socket (DIR is the owner's alone); scram on 127.0.0.1.
  as_owner "$bin/initdb" --pgdata="$data" --username="$superuser" --encoding=UTF8 --locale="$locale" \
    --auth-local=trust --auth-host=scram-sha-256 --no-sync --no-instructions >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }

  local port=55432 tries=0
  while :; do
    while port_in_use "$port"; do port=$((port + 1)); done
    if as_owner "$bin/pg_ctl" --pgdata="$data" --log="$dir/server.log" --wait --silent start \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir' \
          -c fsync=off -c full_page_writes=off \
          -c max_connections=40 -c shared_buffers=32MB"; then
      break
    fi
    # Another server may have taken the port between the check and the start.
    tries=$((tries + 1))
    if [ $tries -ge 20 ] || ! grep -q "could not bind\|could not create any TCP/IP sockets" "$dir/server.log"; then
      cat "$dir/server.log" >&2
      exit 1
    fi
    port=$((port + 1))
  done
  echo "$port" | as_owner tee "$dir/port" >/dev/null

  if ! as_owner "$bin/psql" --no-psqlrc --quiet --set=ON_ERROR_STOP=1 --host="$dir" --port="$port" \
    --username="$superuser" --dbname=postgres >/dev/null <<SQL; then
CREATE ROLE $desk_group NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE ROLE $owner LOGIN NOSUPERUSER CREATEDB NOCREATEROLE NOREPLICATION PASSWORD '$owner_password';
CREATE ROLE $role LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION IN ROLE $desk_group
  PASSWORD '$password';
CREATE DATABASE $database OWNER $owner;
SQL
    # Leave no server running behind a failed start.
    as_owner "$bin/pg_ctl" --pgdata="$data" --mode=immediate --wait --silent stop || true
    exit 1
  fi
  # Owned by the caller (who points PGPASSFILE at it); libpq wants it private.
  # Any database: tests may create their own (owned by $owner).
  (umask 077 && printf '127.0.0.1:%s:*:%s:%s\n127.0.0.1:%s:*:%s:%s\n' "$port" "$role" "$password" \
    "$port" "$owner" "$owner_password" >"$dir/pgpass")
  url_of "$role"
}

stop() {
  if [ ! -e "$marker" ]; then
    echo "$dir holds no test server made by $0: not touching it" >&2
    exit 1
  fi
  local bin
  bin=$(find_bindir)
  if [ -f "$data/postmaster.pid" ]; then
    # Immediate: the data is thrown away, so there is nothing to write out.
    as_owner "$bin/pg_ctl" --pgdata="$data" --mode=immediate --wait --silent stop || {
      cat "$dir/server.log" >&2
      exit 1
    }
  fi
  rm -rf -- "$dir"
}

restart() {
  [ -f "$dir/port" ] || { echo "No test server in $dir" >&2; exit 1; }
  local bin
  bin=$(find_bindir)
  # pg_ctl restart keeps the options the server was started with (data/postmaster.opts).
  as_owner "$bin/pg_ctl" --pgdata="$data" --log="$dir/server.log" --mode=immediate --wait --silent restart || {
    cat "$dir/server.log" >&2
    exit 1
  }
}

down() {
  [ -f "$dir/port" ] || { echo "No test server in $dir" >&2; exit 1; }
  local bin
  bin=$(find_bindir)
  as_owner "$bin/pg_ctl" --pgdata="$data" --mode=immediate --wait --silent stop || {
    cat "$dir/server.log" >&2
    exit 1
  }
}

case "$command" in
  start) start ;;
  stop) stop ;;
  restart) restart ;;
  down) down ;;
  url)
    [ -f "$dir/port" ] || { echo "No test server in $dir" >&2; exit 1; }
    url_of "$role"
    ;;
  owner-url)
    [ -f "$dir/port" ] || { echo "No test server in $dir" >&2; exit 1; }
    url_of "$owner"
    ;;
  password)
    [ -f "$dir/pgpass" ] || { echo "No test server in $dir" >&2; exit 1; }
    grep ":$role:" "$dir/pgpass" | cut -d: -f5-
    ;;
  *) usage ;;
esac
