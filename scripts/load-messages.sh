#!/usr/bin/env sh
# Short load on the message endpoint of a backend on 127.0.0.1 (PostgreSQL, ai-service offline engine), e.g.
#   SPRING_PROFILES_ACTIVE=postgres java -jar backend/target/backend-*.jar   (plus ai-service)
#   scripts/load-messages.sh [baseUrl] [ratePerSecond] [seconds] [students]
# Spreads the rate over several students (default 25) so the per-student quota of 30 questions a minute is not hit.
set -eu
base="${1:-http://127.0.0.1:3000}"
curl -fsS "$base/api/docs/openapi.json" >/dev/null || { echo "no backend at $base" >&2; exit 1; }
exec java "$(dirname "$0")/LoadMessages.java" "$@"
