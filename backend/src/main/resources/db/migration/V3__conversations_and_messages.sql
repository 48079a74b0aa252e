create table conversations (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    subject varchar(20),
    title varchar(120),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create index ix_conversations_user_updated on conversations (user_id, updated_at, id);

create table messages (
    id uuid primary key,
    conversation_id uuid not null references conversations (id) on delete cascade,
    role varchar(10) not null,
    content varchar(65535) not null,
    created_at timestamp with time zone not null,
    language varchar(64),
    subject varchar(64),
    question_type varchar(64),
    mode varchar(64),
    citations varchar(65535),
    provider varchar(64),
    safety_flagged boolean,
    safety_category varchar(64)
);

create index ix_messages_conversation_created on messages (conversation_id, created_at);
