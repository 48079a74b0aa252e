#!/usr/bin/env bash
# Backs up one PostgreSQL database with pg_dump (custom format, compressed, restorable table by
# table with pg_restore), then prunes old backups.
#
#   scripts/backup.sh [-d DIR] [-k COUNT] [-a DAYS]
#
# Connection: DATABASE_URL (postgres://user:pass@host:port/db, as Heroku gives it) or the libpq
# variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE. No credential has a default.
#
# Options (or environment):
#   -d DIR    BACKUP_DIR            where the files go (default ./backups)
#   -k COUNT  BACKUP_KEEP           keep at most this many backups of the database (default 14)
#   -a DAYS   BACKUP_MAX_AGE_DAYS   also delete backups older than this many days (default 30;
#                                   0 turns the age rule off)
# The backup just made is never deleted, whatever the rules say.
#
# Each run writes DIR/<database>-<UTC time>.dump and a .sha256 beside it, after checking that
# pg_restore can read the archive. The file appears under its final name only when complete.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib/pg-connection.sh
source "$script_dir/lib/pg-connection.sh"

usage() {
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
}

backup_dir="${BACKUP_DIR:-./backups}"
keep="${BACKUP_KEEP:-14}"
max_age_days="${BACKUP_MAX_AGE_DAYS:-30}"

while getopts "d:k:a:h" opt; do
  case "$opt" in
    d) backup_dir="$OPTARG" ;;
    k) keep="$OPTARG" ;;
    a) max_age_days="$OPTARG" ;;
    h)
      usage
      exit 0
      ;;
    *)
      usage >&2
      exit 2
      ;;
  esac
done

if ! [[ "$keep" =~ ^[1-9][0-9]*$ ]]; then
  echo "backup: keep count must be a whole number of at least 1, got '$keep'" >&2
  exit 2
fi
if ! [[ "$max_age_days" =~ ^[0-9]+$ ]]; then
  echo "backup: maximum age must be a whole number of days, got '$max_age_days'" >&2
  exit 2
fi

pg_connection_from_env
database="${PGDATABASE:-}"
if [[ -z "$database" ]]; then
  echo "backup: no database named: set DATABASE_URL or PGDATABASE" >&2
  exit 2
fi
if ! [[ "$database" =~ ^[A-Za-z0-9_.-]+$ ]]; then
  echo "backup: database name '$database' has characters unsafe in a file name" >&2
  exit 2
fi

mkdir -p "$backup_dir"
umask 077
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
target="$backup_dir/$database-$stamp.dump"
partial="$target.partial"
if [[ -e "$target" ]]; then
  echo "backup: $target already exists (two backups in the same second?)" >&2
  exit 1
fi
trap 'rm -f "$partial"' EXIT

started=$SECONDS
pg_dump --format=custom --compress=6 --no-password --file="$partial" "$database"
# An archive pg_restore cannot list is no backup.
pg_restore --list "$partial" >/dev/null
mv "$partial" "$target"
(cd "$backup_dir" && sha256sum "$(basename "$target")" >"$(basename "$target").sha256")
trap - EXIT
echo "backup: wrote $target ($(stat -c %s "$target") bytes) in $((SECONDS - started)) s"

# Retention: newest first by the timestamp in the name; the file just written is always kept.
mapfile -t backups < <(find "$backup_dir" -maxdepth 1 -type f -name "$database-*.dump" -printf '%f\n' | sort -r)
removed=0
for index in "${!backups[@]}"; do
  name="${backups[$index]}"
  file="$backup_dir/$name"
  if [[ "$file" == "$target" ]]; then
    continue
  fi
  too_many=false
  too_old=false
  if ((index >= keep)); then
    too_many=true
  fi
  if ((max_age_days > 0)) && [[ -n "$(find "$file" -mtime "+$((max_age_days - 1))" -print)" ]]; then
    too_old=true
  fi
  if [[ "$too_many" == true || "$too_old" == true ]]; then
    rm -f "$file" "$file.sha256"
    removed=$((removed + 1))
    echo "backup: removed $name (count rule: $too_many, age rule: $too_old)"
  fi
done
echo "backup: kept $((${#backups[@]} - removed)) backup(s) of $database in $backup_dir"
