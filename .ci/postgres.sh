#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store tests and print the SQLAlchemy URL to use.
#
#   STRIKEWATCH_TEST_POSTGRES="$(.ci/postgres.sh)"   # then: pytest tests/test_store.py ...
#
# Installs Debian's postgresql package when no server binaries are there (needs root or sudo),
# creates a cluster under a fresh /tmp directory listening on loopback only, on a free port,
# with trust authentication and fsync off (test data, thrown away), starts it with pg_ctl as
# the postgres user (or as the current user when not root), and creates the database
# strikewatch_test. Only the URL goes to stdout; progress and the command that stops the
# server go to stderr. Run it again for a second, independent server.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    log "installing postgresql"
    as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends postgresql >&2
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
    as_server() { runuser -u postgres -- "$@"; }
    stop_prefix="runuser -u postgres -- "
else
    as_server() { "$@"; }
    stop_prefix=""
fi

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
dir="$(mktemp -d /tmp/strikewatch-postgres.XXXXXX)"
chmod 755 "$dir"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi

as_server "$bin/initdb" --pgdata="$dir/data" --username=postgres --auth=trust --encoding=UTF8 --no-sync >/dev/null
as_server "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --silent \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" start >&2
as_server "$bin/createdb" --host=127.0.0.1 --port="$port" --username=postgres strikewatch_test

log "server in $dir, port $port; stop it with: ${stop_prefix}$bin/pg_ctl --pgdata=$dir/data stop"
echo "postgresql+psycopg://postgres@127.0.0.1:$port/strikewatch_test"
