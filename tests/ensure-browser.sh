#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (Playwright's own browser download does not work here)
# and need fonts for Thai and Chinese, so screenshots show what a user with them sees.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# Command substitution, not `fc-list | grep -q`: with pipefail, grep's early exit fails the pipe.
[ -n "$(fc-list :lang=th 2>/dev/null)" ] || need+=(fonts-thai-tlwg)
[ -n "$(fc-list :lang=zh 2>/dev/null)" ] || need+=(fonts-noto-cjk)
[ -n "$(fc-list 2>/dev/null | grep -i 'color emoji')" ] || need+=(fonts-noto-color-emoji)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} with apt-get…"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
/usr/bin/chromium --version
