#!/usr/bin/env bash
# Restores a backup made by backup.sh into a named PostgreSQL database.
#
#   scripts/restore.sh --target DATABASE --confirm DATABASE [--create] DUMP_FILE
#
# Connection: DATABASE_URL or the libpq PG* variables, as for backup.sh; the database named in
# them is only where to connect, the restore goes into --target.
#
#   --target NAME    the database to restore into
#   --confirm NAME   the safety guard: must repeat the target's name exactly, because the restore
#                    drops and recreates every object in the dump (pg_restore --clean --if-exists)
#   --create         create the target database first when it does not exist
#
# A .sha256 beside the dump is checked first. The restore runs in one transaction and stops at
# the first error, so a failed restore leaves the target as it was.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib/pg-connection.sh
source "$script_dir/lib/pg-connection.sh"

usage() {
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
}

target=""
confirm=""
create=false
dump=""
while (($# > 0)); do
  case "$1" in
    --target)
      target="${2:-}"
      shift 2 || { usage >&2; exit 2; }
      ;;
    --confirm)
      confirm="${2:-}"
      shift 2 || { usage >&2; exit 2; }
      ;;
    --create)
      create=true
      shift
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    -*)
      echo "restore: unknown option $1" >&2
      usage >&2
      exit 2
      ;;
    *)
      dump="$1"
      shift
      ;;
  esac
done

if [[ -z "$target" || -z "$dump" ]]; then
  usage >&2
  exit 2
fi
if [[ "$confirm" != "$target" ]]; then
  echo "restore: refusing: this replaces the contents of '$target'; repeat its name with --confirm $target" >&2
  exit 3
fi
if ! [[ "$target" =~ ^[A-Za-z0-9_.-]+$ ]]; then
  echo "restore: '$target' is not a plain database name" >&2
  exit 2
fi
if [[ ! -f "$dump" ]]; then
  echo "restore: no such file: $dump" >&2
  exit 2
fi
if [[ -f "$dump.sha256" ]]; then
  (cd "$(dirname "$dump")" && sha256sum --check --quiet "$(basename "$dump").sha256")
fi
# Reads the archive's table of contents: a damaged or foreign file stops here, before any change.
pg_restore --list "$dump" >/dev/null

pg_connection_from_env
maintenance_db="${PGDATABASE:-postgres}"

# psql quotes the name itself (:'name'); variables are only expanded in what it reads from input.
exists="$(psql --no-password --dbname="$maintenance_db" --tuples-only --no-align \
  --set=ON_ERROR_STOP=1 --set=name="$target" <<<"select count(*) from pg_database where datname = :'name';")"
if [[ "$exists" == "0" ]]; then
  if [[ "$create" != true ]]; then
    echo "restore: database '$target' does not exist (add --create to create it)" >&2
    exit 2
  fi
  createdb --no-password --maintenance-db="$maintenance_db" "$target"
  echo "restore: created database $target"
fi

started=$SECONDS
pg_restore --no-password --dbname="$target" --clean --if-exists --no-owner \
  --single-transaction --exit-on-error "$dump"
echo "restore: restored $dump into $target in $((SECONDS - started)) s"
