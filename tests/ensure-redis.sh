#!/usr/bin/env bash
# The two-server co-editing test (tests/collab) starts its own redis-server (Debian's package);
# install it when it is missing. Fails loudly: a missing Redis must not skip that test silently.
set -euo pipefail
if ! command -v redis-server >/dev/null 2>&1; then
  echo "Installing redis-server with apt-get…"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq redis-server >/dev/null
fi
command -v redis-server >/dev/null 2>&1 || { echo "tests/ensure-redis.sh: redis-server is still missing after apt-get install" >&2; exit 1; }
redis-server --version
