# Sourced by .ci/run (and usable by hand: `source .ci/postgres.sh && start_postgres`): starts a throwaway PostgreSQL
# server for the tests of the PostgreSQL registry backend, and stops it when the calling shell exits.
#
# - Debian's postgresql package (installed when missing); its server binaries live in /usr/lib/postgresql/<v>/bin.
# - initdb into a temporary directory, owned by an unprivileged user (the server refuses to run as root; CI runs as
#   root, so the server runs as the package's `postgres` user through runuser).
# - Listens on 127.0.0.1 only, on a port that is free now (never 5432: other servers on the machine keep theirs).
# - Passwords are checked (scram-sha-256) on TCP, as a real server would; the tests' user has a generated password.
# - Exports DEPLOYTRACK_TEST_POSTGRES_URL (a JDBC URL with user and password) for the tests; stops the server and
#   removes the directory on exit (trap).

postgres_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq --no-install-recommends postgresql >&2
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  echo "$bin"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' \
    2>/dev/null || echo $((20000 + RANDOM % 20000))
}

start_postgres() {
  local bin port dir run_as password
  bin=$(postgres_bin)
  port=$(free_port)
  dir=$(mktemp -d /tmp/deploytrack-postgres.XXXXXX)
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  run_as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir"
    run_as=(runuser -u postgres --)
  fi
  printf '%s\n' "$password" > "$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir/pwfile"
  "${run_as[@]}" "$bin/initdb" -D "$dir/data" -U deploytrack --pwfile="$dir/pwfile" --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  rm -f "$dir/pwfile"
  "${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c shared_buffers=64MB" start \
    >/dev/null || { cat "$dir/server.log" >&2; return 1; }
  DEPLOYTRACK_POSTGRES_DIR=$dir
  DEPLOYTRACK_POSTGRES_BIN=$bin
  trap stop_postgres EXIT
  "${run_as[@]}" "$bin/createdb" -h "$dir" -p "$port" -U deploytrack deploytrack
  export DEPLOYTRACK_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/deploytrack?user=deploytrack&password=$password"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port ($dir)"
}

stop_postgres() {
  if [ -n "${DEPLOYTRACK_POSTGRES_DIR:-}" ] && [ -d "$DEPLOYTRACK_POSTGRES_DIR/data" ]; then
    local run_as=()
    [ "$(id -u)" -eq 0 ] && run_as=(runuser -u postgres --)
    "${run_as[@]}" "$DEPLOYTRACK_POSTGRES_BIN/pg_ctl" -D "$DEPLOYTRACK_POSTGRES_DIR/data" -m immediate stop \
      >/dev/null 2>&1 || true
    rm -rf "$DEPLOYTRACK_POSTGRES_DIR"
  fi
}
