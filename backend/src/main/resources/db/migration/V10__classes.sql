create table classes (
    id uuid primary key,
    teacher_id uuid not null references users (id) on delete cascade,
    name varchar(100) not null,
    subject varchar(20),
    grade_level integer,
    join_code varchar(12) not null,
    tutor_mode varchar(10),
    questions_per_minute integer,
    questions_per_day integer,
    created_at timestamp with time zone not null,
    constraint uk_classes_join_code unique (join_code)
);

create index ix_classes_teacher on classes (teacher_id);

create table class_members (
    class_id uuid not null references classes (id) on delete cascade,
    user_id uuid not null references users (id) on delete cascade,
    joined_at timestamp with time zone not null,
    primary key (class_id, user_id)
);

create index ix_class_members_user on class_members (user_id, joined_at);
