#!/usr/bin/env bash
# Makes a self-signed TLS certificate for local and test use of the nginx edge proxy. Production
# certificates (e.g. from Let's Encrypt) are mounted instead; this one is never committed.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/make-dev-cert.sh [-d DAYS] [-n NAME]... OUTPUT_DIR
Writes OUTPUT_DIR/tls.crt and OUTPUT_DIR/tls.key (mode 0600): an ECDSA P-256 key and a
self-signed certificate for "localhost", 127.0.0.1, ::1 and every -n NAME (DNS names).
  -d DAYS   validity in days (default 30)
  -n NAME   an extra DNS name (repeatable)
USAGE
}

days=30
names=(localhost)
while getopts ":d:n:h" option; do
  case "$option" in
    d) days="$OPTARG" ;;
    n) names+=("$OPTARG") ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [[ $# -ne 1 ]]; then
  usage >&2
  exit 2
fi
[[ "$days" =~ ^[0-9]+$ ]] || { echo "make-dev-cert.sh: DAYS must be a number" >&2; exit 2; }
command -v openssl >/dev/null || { echo "make-dev-cert.sh: openssl is needed" >&2; exit 1; }

out="$1"
mkdir -p "$out"
san="IP:127.0.0.1,IP:::1"
for name in "${names[@]}"; do
  san+=",DNS:$name"
done

(
  umask 077
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 \
    -days "$days" -subj "/CN=${names[0]}/O=BrainBytes development" \
    -addext "subjectAltName=$san" -addext "keyUsage=digitalSignature" \
    -addext "extendedKeyUsage=serverAuth" \
    -keyout "$out/tls.key" -out "$out/tls.crt" 2>/dev/null
)
chmod 600 "$out/tls.key"
chmod 644 "$out/tls.crt"
echo "wrote $out/tls.crt and $out/tls.key ($days days; $san)"
