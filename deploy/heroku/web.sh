#!/usr/bin/env bash
# The Heroku web process of one BrainBytes service. The repository is deployed to one Heroku app per
# service; each app's BRAINBYTES_SERVICE config var says which jar it runs (see docs/09-deployment.md).
# Heroku gives the port in PORT, which the services read; DATABASE_URL is understood by the backend.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: deploy/heroku/web.sh   (the Procfile's web process; takes no arguments)
Environment:
  BRAINBYTES_SERVICE   frontend, backend or ai-service (required)
  PORT                 the port to listen on (Heroku sets it; required)
  JAVA_OPTS            extra JVM flags (optional)
USAGE
}

if [[ $# -gt 0 ]]; then
  [[ "$1" == -h || "$1" == --help ]] && { usage; exit 0; }
  usage >&2
  exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
service="${BRAINBYTES_SERVICE:-}"
case "$service" in
  frontend | backend | ai-service) ;;
  *) echo "web.sh: set BRAINBYTES_SERVICE to frontend, backend or ai-service (got '${service}')" >&2; exit 2 ;;
esac
[[ -n "${PORT:-}" ]] || { echo "web.sh: PORT is not set (Heroku sets it for web dynos)" >&2; exit 2; }

jar=""
for candidate in "$root/$service/target/$service-"*.jar; do
  [[ -f "$candidate" ]] && jar="$candidate"
done
[[ -n "$jar" ]] || { echo "web.sh: no jar in $root/$service/target; did the build run with -pl $service -am?" >&2; exit 1; }

# Heap as a share of the dyno's memory; one GC thread; restart rather than limp on after an OOM.
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
exec java -XX:MaxRAMPercentage=70 -XX:+UseSerialGC -Xss512k -XX:+ExitOnOutOfMemoryError \
  -Dbrainbytes.data-dir=/tmp/brainbytes ${JAVA_OPTS:-} -jar "$jar"
