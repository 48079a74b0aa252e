#!/usr/bin/env bash
# Restore drill against a real PostgreSQL (127.0.0.1:5432, user postgres unless PG* say
# otherwise): fills a scratch database with awkward data, backs it up with backup.sh, drops it,
# restores it with restore.sh and proves the restored data identical; then checks restore's
# safety guard, a restore over changed data (--clean), DATABASE_URL handling and retention.
# Ends with "N passed, N failed"; exits non-zero on any failure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
unset DATABASE_URL
source_db="bb_backup_drill_$$"
restored_db="bb_restore_drill_$$"
work="$(mktemp -d)"
passed=0
failed=0

cleanup() {
  dropdb --if-exists --no-password --maintenance-db=postgres "$source_db" >/dev/null 2>&1 || echo "could not drop $source_db" >&2
  dropdb --if-exists --no-password --maintenance-db=postgres "$restored_db" >/dev/null 2>&1 || echo "could not drop $restored_db" >&2
  rm -rf "$work"
}
trap cleanup EXIT

check() {
  local what="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok   - $what"
  else
    failed=$((failed + 1))
    echo "FAIL - $what"
  fi
}

sql() {
  local db="$1"
  shift
  psql --no-password --quiet --dbname="$db" --set=ON_ERROR_STOP=1 --no-psqlrc "$@"
}

# One line per table: name, row count and an md5 over every row in a fixed order, plus the
# sequence positions. Equal fingerprints mean equal data.
fingerprint() {
  local db="$1" table
  for table in $(sql "$db" -At -c "select tablename from pg_tables where schemaname = 'public' order by 1"); do
    sql "$db" -At -c "select '$table', count(*), md5(coalesce(string_agg(t::text, E'\n' order by t::text), '')) from public.\"$table\" t"
  done
  sql "$db" -At -c "select last_value from public.lesson_views_id_seq"
}

# The schema as DDL, without comments and without the random \restrict key newer pg_dump adds.
schema_of() {
  pg_dump --no-password --schema-only --no-owner "$1" | grep -v -e '^--' -e '^$' -e '^\\restrict ' -e '^\\unrestrict '
}

createdb --no-password "$source_db"
sql "$source_db" <<'SQL'
create table learners (
  id bigint generated always as identity primary key,
  display_name text not null,
  greeting text,
  grade_level smallint,
  avatar bytea,
  joined_at timestamptz not null,
  birthday date,
  settings jsonb,
  tags text[]
);
create table lesson_views (
  id bigserial primary key,
  learner_id bigint not null references learners(id) on delete cascade,
  lesson text not null,
  score numeric(5, 2),
  viewed_at timestamp without time zone default now()
);
create index lesson_views_by_learner on lesson_views (learner_id, viewed_at desc);
create view learner_scores as
  select l.display_name, avg(v.score) as average from learners l join lesson_views v on v.learner_id = l.id group by 1;

insert into learners (display_name, greeting, grade_level, avatar, joined_at, birthday, settings, tags) values
  ('Juan dela Cruz', 'Magandang umaga po! Kumusta ka?', 6, '\x00ff10800d0a', '2026-06-12 08:30:00+08', '2014-02-25',
   '{"language": "fil", "mode": "socratic"}', array['matematika', 'agham']),
  ('Maria Clara Ñiño', 'Salamat sa tulong — napakahusay!', 10, decode(repeat('c3b1', 64), 'hex'),
   '2026-08-21 23:59:59.999999+00', null, null, array['Filipino', 'kasaysayan']),
  ('Ligaya "Gaya" O''Brien', E'Taglish: ang hirap ng fractions, pero kaya ko \u2728\nnew line\ttab', null, null,
   '1999-12-31 16:00:00+00', '1990-01-01', '{"note": "mga batang \u00e9 at \u00fc"}', '{}'),
  ('Pedro Penduko', null, 12, '\x', '2026-11-25 00:00:00+08', null, '[]', null);
insert into lesson_views (learner_id, lesson, score, viewed_at)
  select 1 + (g % 4), 'aralin-' || g, round((g * 7.31)::numeric % 100, 2), timestamp '2026-01-01' + g * interval '37 minutes'
  from generate_series(1, 500) g;
insert into lesson_views (learner_id, lesson, score, viewed_at) values (2, 'Pagbasa: "Ang Alamat ng Pinya"', null, null);
delete from lesson_views where id % 50 = 0;
SQL

fingerprint "$source_db" >"$work/before.txt"
schema_of "$source_db" >"$work/schema-before.sql"

echo "# back up, drop, restore"
backups="$work/backups"
check "backup.sh writes a custom-format dump and its checksum" \
  env PGDATABASE="$source_db" "$root/scripts/backup.sh" -d "$backups" -k 5
dump="$(find "$backups" -name "$source_db-*.dump" | head -n 1)"
check "the dump is named <database>-<UTC time>.dump" \
  test -n "$dump" -a -f "$dump.sha256"
check "pg_restore reads it as a custom-format archive" \
  bash -c "pg_restore --list '$dump' | grep -q 'Format: CUSTOM'"
dropdb --no-password "$source_db"

check "restore.sh refuses without --confirm naming the target" \
  bash -c "! '$root/scripts/restore.sh' --target '$restored_db' --create '$dump' 2>/dev/null"
check "restore.sh refuses when --confirm names another database" \
  bash -c "! '$root/scripts/restore.sh' --target '$restored_db' --confirm postgres --create '$dump' 2>/dev/null"
check "the refused restore created nothing" \
  test "$(sql postgres -At -c "select count(*) from pg_database where datname = '$restored_db'")" = 0

check "restore.sh restores into a new, named database" \
  "$root/scripts/restore.sh" --target "$restored_db" --confirm "$restored_db" --create "$dump"
fingerprint "$restored_db" >"$work/after.txt"
schema_of "$restored_db" >"$work/schema-after.sql"
check "every table's rows are identical after the restore" \
  diff -u "$work/before.txt" "$work/after.txt"
check "the schema (tables, identity, index, view, foreign key) is identical" \
  diff -u "$work/schema-before.sql" "$work/schema-after.sql"
check "Filipino text, NULLs and bytea came back byte for byte" \
  test "$(sql "$restored_db" -At -c "select greeting || '|' || coalesce(encode(avatar, 'hex'), 'NULL') || '|' || coalesce(birthday::text, 'NULL') from learners where id = 2")" \
  = "Salamat sa tulong — napakahusay!|$(printf 'c3b1%.0s' {1..64})|NULL"

echo "# restore over changed data (--clean --if-exists)"
sql "$restored_db" -c "update learners set greeting = 'binago' where id = 1; delete from lesson_views where learner_id = 3; create table stray (x int)"
check "restore.sh puts a changed database back as it was in the dump" \
  "$root/scripts/restore.sh" --target "$restored_db" --confirm "$restored_db" "$dump"
fingerprint "$restored_db" | grep -v '^stray|' >"$work/after-clean.txt"
check "the dump's tables match the dump again after restoring over them" \
  diff -u "$work/before.txt" "$work/after-clean.txt"
# --clean replaces what the dump holds and nothing else (see docs/10-quality-and-backups.md).
check "a table made after the backup is left in place" \
  test "$(sql "$restored_db" -At -c "select count(*) from pg_tables where tablename = 'stray'")" = 1

echo "# a damaged dump is refused before anything changes"
cp "$dump" "$work/damaged.dump"
cp "$dump.sha256" "$work/damaged.dump.sha256"
sed -i "s/$(basename "$dump")/damaged.dump/" "$work/damaged.dump.sha256"
printf 'garbage' | dd of="$work/damaged.dump" bs=1 seek=200 conv=notrunc status=none
check "restore.sh refuses a dump whose checksum does not match" \
  bash -c "! '$root/scripts/restore.sh' --target '$restored_db' --confirm '$restored_db' '$work/damaged.dump' 2>/dev/null"
fingerprint "$restored_db" | grep -v '^stray|' >"$work/after-refusal.txt"
check "the database is untouched after the refusal" \
  diff -u "$work/before.txt" "$work/after-refusal.txt"

echo "# DATABASE_URL instead of PG* variables"
url_backups="$work/url-backups"
check "backup.sh connects from a Heroku-style DATABASE_URL" \
  env -u PGHOST -u PGPORT -u PGUSER DATABASE_URL="postgres://$PGUSER:not%40used@$PGHOST:$PGPORT/$restored_db?sslmode=disable" \
  "$root/scripts/backup.sh" -d "$url_backups"
check "it wrote one dump named after the database in the URL" \
  test "$(find "$url_backups" -name "$restored_db-*.dump" | wc -l)" = 1

echo "# retention"
keep_dir="$work/retention"
mkdir -p "$keep_dir"
for day in 01 02 03 04 05 06; do
  touch -d "2026-11-$day 02:00" "$keep_dir/$restored_db-202611${day}T020000Z.dump" "$keep_dir/$restored_db-202611${day}T020000Z.dump.sha256"
done
touch -d "2026-01-01 02:00" "$keep_dir/other_db-20260101T020000Z.dump"
check "backup.sh keeps only the newest 3 by count" \
  env PGDATABASE="$restored_db" BACKUP_MAX_AGE_DAYS=0 "$root/scripts/backup.sh" -d "$keep_dir" -k 3
check "3 backups of the database remain: today's and the two newest before it" \
  test "$(find "$keep_dir" -name "$restored_db-*.dump" | wc -l)" = 3 \
  -a -f "$keep_dir/$restored_db-20261106T020000Z.dump" -a -f "$keep_dir/$restored_db-20261105T020000Z.dump" \
  -a ! -e "$keep_dir/$restored_db-20261104T020000Z.dump.sha256"
check "another database's backups are left alone" \
  test -f "$keep_dir/other_db-20260101T020000Z.dump"
touch -d "3 days ago" "$keep_dir/$restored_db-20261106T020000Z.dump"
touch -d "40 days ago" "$keep_dir/$restored_db-20261105T020000Z.dump"
sleep 1
check "backup.sh also deletes backups older than the age limit" \
  env PGDATABASE="$restored_db" "$root/scripts/backup.sh" -d "$keep_dir" -k 10 -a 30
check "the 40-day-old backup is gone, the 3-day-old one stays" \
  test ! -e "$keep_dir/$restored_db-20261105T020000Z.dump" -a -f "$keep_dir/$restored_db-20261106T020000Z.dump"
check "backup.sh refuses a keep count of 0" \
  bash -c "! env PGDATABASE='$restored_db' '$root/scripts/backup.sh' -d '$keep_dir' -k 0 2>/dev/null"

echo "# shellcheck"
check "backup.sh, restore.sh and their library are shellcheck-clean" \
  shellcheck -x "$root/scripts/backup.sh" "$root/scripts/restore.sh" "$root/scripts/lib/pg-connection.sh" "$0"

echo "backup-restore: $passed passed, $failed failed"
((failed == 0))
