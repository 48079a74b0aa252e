create table answer_feedback (
    answer_id uuid primary key references messages (id) on delete cascade,
    user_id uuid not null references users (id) on delete cascade,
    helpful boolean not null,
    reason varchar(300),
    subject varchar(64),
    language varchar(64),
    provider varchar(64),
    created_at timestamp with time zone not null
);

create index ix_answer_feedback_user on answer_feedback (user_id);
