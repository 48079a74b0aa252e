create table idempotency_keys (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    idem_key varchar(100) not null,
    conversation_id uuid not null references conversations (id) on delete cascade,
    question_id uuid not null references messages (id) on delete cascade,
    answer_id uuid references messages (id) on delete cascade,
    created_at timestamp with time zone not null,
    constraint uk_idempotency_keys_user_key unique (user_id, idem_key)
);
