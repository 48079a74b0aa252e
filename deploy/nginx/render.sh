#!/usr/bin/env bash
# Fills in deploy/nginx/nginx.conf.template from BB_* environment variables, the way the official
# nginx image does inside a container, so nginx can also run as an ordinary process (tests, a bare
# host). Fails if a variable is missing rather than writing a broken configuration.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: deploy/nginx/render.sh OUTPUT_FILE
Reads deploy/nginx/nginx.conf.template and writes OUTPUT_FILE with these variables filled in:
  BB_NGINX_RUN_DIR BB_NGINX_LOG_DIR BB_NGINX_TEMP_DIR BB_HTTP_PORT BB_HTTPS_PORT
  BB_HTTPS_PORT_SUFFIX (may be empty) BB_TLS_CERT BB_TLS_KEY BB_FRONTEND_SERVERS BB_BACKEND_SERVERS BB_GRAFANA_SERVERS
Example:
  BB_FRONTEND_SERVERS='server 127.0.0.1:3001;' BB_BACKEND_SERVERS='server 127.0.0.1:3000;' BB_GRAFANA_SERVERS='server 127.0.0.1:3030;' ... \
    deploy/nginx/render.sh /tmp/nginx.conf && nginx -t -c /tmp/nginx.conf
USAGE
}

if [[ $# -ne 1 || "$1" == -h || "$1" == --help ]]; then
  usage >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
required=(BB_NGINX_RUN_DIR BB_NGINX_LOG_DIR BB_NGINX_TEMP_DIR BB_HTTP_PORT BB_HTTPS_PORT
  BB_TLS_CERT BB_TLS_KEY BB_FRONTEND_SERVERS BB_BACKEND_SERVERS BB_GRAFANA_SERVERS)
missing=()
for name in "${required[@]}"; do
  [[ -n "${!name:-}" ]] || missing+=("$name")
done
if ((${#missing[@]} > 0)); then
  echo "render.sh: not set: ${missing[*]}" >&2
  exit 1
fi
export BB_HTTPS_PORT_SUFFIX="${BB_HTTPS_PORT_SUFFIX:-}"

variables=""
for name in "${required[@]}" BB_HTTPS_PORT_SUFFIX; do
  variables+="\${$name} "
done
envsubst "$variables" <"$here/nginx.conf.template" >"$1"
mkdir -p "$BB_NGINX_RUN_DIR" "$BB_NGINX_LOG_DIR" "$BB_NGINX_TEMP_DIR"
