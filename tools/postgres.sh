#!/usr/bin/env bash
# A throwaway PostgreSQL server for CI and local runs (issue 16): `start [FOLDER]` makes a fresh cluster with initdb in
# FOLDER (default: a new temporary folder), runs it as a non-root user on a free loopback port and prints the Npgsql connection string on
# standard output (everything else goes to standard error); `stop FOLDER` stops that server and removes the folder.
# Installs Debian's postgresql package when no server binaries are found. Nothing outside the folder is touched.
set -euo pipefail

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

case "${1:-}" in
  start)
    if ! bin=$(find_bin); then
      SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
      $SUDO apt-get update >&2 && $SUDO apt-get install -y --no-install-recommends postgresql >&2
      bin=$(find_bin)
    fi
    folder=${2:-$(mktemp -d /tmp/onderwijsroute-pg.XXXXXX)}
    mkdir -p "$folder"
    chmod 755 "$folder"
    # PostgreSQL refuses to run as root: as root, run it as the package's postgres user (or nobody).
    runas=()
    if [ "$(id -u)" -eq 0 ]; then
      user=postgres; id "$user" >/dev/null 2>&1 || user=nobody
      chown "$user" "$folder"
      runas=(runuser -u "$user" --)
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    "${runas[@]}" "$bin/initdb" -D "$folder/data" -U onderwijsroute --auth=trust -E UTF8 --locale=C.UTF-8 >&2
    "${runas[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$folder -c max_connections=300 -c fsync=on" start >&2
    echo "Host=127.0.0.1;Port=$port;Username=onderwijsroute;Database=postgres;Pooling=true;Maximum Pool Size=50" 
    echo "$("$bin/postgres" --version) in $folder on 127.0.0.1:$port (stop: tools/postgres.sh stop $folder)" >&2
    ;;
  stop)
    folder=${2:?usage: postgres.sh stop FOLDER}
    bin=$(find_bin)
    runas=()
    if [ "$(id -u)" -eq 0 ]; then runas=(runuser -u "$(stat -c %U "$folder")" --); fi
    "${runas[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >&2 || true
    rm -rf "$folder"
    ;;
  *)
    echo "usage: postgres.sh start | stop FOLDER" >&2; exit 2;;
esac
