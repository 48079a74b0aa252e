-- Learning materials written or uploaded by teachers. The author is set to null when their account is erased:
-- the material stays for the learners who use it, without saying who wrote it.
create table materials (
    id uuid primary key,
    author_id uuid references users (id) on delete set null,
    title varchar(200) not null,
    summary varchar(500),
    subject varchar(20) not null,
    grade_level integer not null,
    competency varchar(40),
    language varchar(3) not null,
    -- Markdown for written materials, the extracted text for uploads.
    body varchar(1000000) not null,
    -- Set for uploads: the sanitised name and the type detected from the content.
    file_name varchar(255),
    content_type varchar(100),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create index ix_materials_created on materials (created_at, id);
create index ix_materials_author on materials (author_id);

-- The original upload, apart from the row so lists never read it.
create table material_files (
    material_id uuid primary key references materials (id) on delete cascade,
    data bytea not null
);
