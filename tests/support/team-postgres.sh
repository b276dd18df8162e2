#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for the team-store tests (CTest fixture "team_postgres").
#   team-postgres.sh setup STATE    initdb into a fresh /tmp folder, start on a free
#                                   loopback port with a generated password (scram-sha-256)
#   team-postgres.sh cleanup STATE  stop it and delete its folder
#   team-postgres.sh stop|start STATE   stop/start the same cluster on the same port (tests
#                                   that take the store away mid-run)
# STATE (in the build tree) receives url, password and datadir; tests read them through
# DIALNEXA_TEST_PG_STATE. The password is generated here and never leaves the build tree.
# As root (CI) the server runs as the postgres user via runuser.
set -euo pipefail

cmd=${1:?usage: team-postgres.sh setup|cleanup|stop|start STATE}
state=${2:?state folder}
bindir=${DIALNEXA_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
[ -x "$bindir/pg_ctl" ] || { echo "team-postgres: no PostgreSQL server (install postgresql)" >&2; exit 1; }

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_server() {
  local dir=$1 port=$2
  as_pg "$bindir/pg_ctl" -D "$dir/db" -l "$dir/log" -w -t 30 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" start >/dev/null
}

case "$cmd" in
setup)
  mkdir -p "$state"
  [ -f "$state/datadir" ] && "$0" cleanup "$state" || true
  dir=$(mktemp -d /tmp/dialnexa-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
  umask 077
  printf '%s' "$password" >"$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir/pwfile"
  as_pg "$bindir/initdb" -D "$dir/db" -U dialnexa --auth=scram-sha-256 \
    --pwfile="$dir/pwfile" -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"
  started=""
  for _ in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 40000))
    if start_server "$dir" "$port" 2>/dev/null; then started=$port; break; fi
  done
  [ -n "$started" ] || { cat "$dir/log" >&2; exit 1; }
  printf '%s' "$dir" >"$state/datadir"
  printf '%s' "$started" >"$state/port"
  printf '%s' "$password" >"$state/password"
  printf 'postgresql://dialnexa@127.0.0.1:%s/postgres' "$started" >"$state/url"
  echo "team-postgres: PostgreSQL on 127.0.0.1:$started ($dir)"
  ;;
stop)
  dir=$(cat "$state/datadir")
  as_pg "$bindir/pg_ctl" -D "$dir/db" -m fast -w stop >/dev/null
  ;;
start)
  start_server "$(cat "$state/datadir")" "$(cat "$state/port")"
  ;;
cleanup)
  [ -f "$state/datadir" ] || exit 0
  dir=$(cat "$state/datadir")
  as_pg "$bindir/pg_ctl" -D "$dir/db" -m immediate -w stop >/dev/null 2>&1 || true
  case "$dir" in /tmp/dialnexa-pg.*) rm -rf "$dir" ;; esac
  rm -f "$state/datadir" "$state/port" "$state/password" "$state/url"
  ;;
*)
  echo "team-postgres: unknown command $cmd" >&2; exit 2 ;;
esac
