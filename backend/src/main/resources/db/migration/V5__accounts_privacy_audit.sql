-- Profile fields, the year of birth consent depends on, and the version access tokens must carry (raised on a
-- password or role change, so earlier tokens stop working).
alter table users add column birth_year integer;
alter table users add column region varchar(20);
alter table users add column preferred_mode varchar(10);
alter table users add column token_version integer default 0 not null;

create index ix_users_role on users (role);

create table consents (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    notice_version varchar(40) not null,
    accepted_at timestamp with time zone not null,
    guardian_name varchar(100),
    guardian_email varchar(254)
);

create index ix_consents_user on consents (user_id);

create table avatars (
    user_id uuid primary key references users (id) on delete cascade,
    image bytea not null,
    updated_at timestamp with time zone not null
);

-- Only the SHA-256 of a code is kept; the code itself is shown once to the admin who made it.
create table invites (
    id uuid primary key,
    code_hash varchar(64) not null,
    role varchar(20) not null,
    created_by uuid references users (id) on delete set null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at timestamp with time zone,
    used_by uuid references users (id) on delete set null,
    constraint uk_invites_code_hash unique (code_hash)
);

-- No foreign keys: erasing an account anonymises its events (user ids set to null) and keeps the counts.
create table audit_events (
    id uuid primary key,
    occurred_at timestamp with time zone not null,
    type varchar(40) not null,
    actor_id uuid,
    subject_id uuid,
    address varchar(64),
    detail varchar(200)
);

create index ix_audit_events_occurred on audit_events (occurred_at);
create index ix_audit_events_type_occurred on audit_events (type, occurred_at);
create index ix_audit_events_actor on audit_events (actor_id);
create index ix_audit_events_subject on audit_events (subject_id);
