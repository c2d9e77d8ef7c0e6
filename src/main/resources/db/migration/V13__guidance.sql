-- Socialisation of a cycle: announcements, guide documents, FAQ entries and helpdesk contacts. An item without a
-- publisher body is the commission's and reaches every participant of the cycle; an item of a coordinator's body
-- reaches that body and every body below it in the PPID tree.

create table guidance_announcement (
	id bigserial primary key,
	cycle_id bigint not null references cycle (id) on delete cascade,
	publisher_body_id bigint references public_body (id),
	title varchar(200) not null,
	body_text text not null,
	pinned boolean not null default false,
	publish_at timestamptz not null,
	created_at timestamptz not null,
	updated_at timestamptz not null,
	updated_by_name varchar(200) not null,
	version bigint not null default 0,
	constraint ck_announcement_text_length check (char_length(body_text) <= 5000)
);

create index ix_announcement_cycle on guidance_announcement (cycle_id, publisher_body_id, publish_at desc);

create table guidance_faq (
	id bigserial primary key,
	cycle_id bigint not null references cycle (id) on delete cascade,
	publisher_body_id bigint references public_body (id),
	question varchar(300) not null,
	answer text not null,
	sort_order int not null default 0,
	created_at timestamptz not null,
	updated_at timestamptz not null,
	updated_by_name varchar(200) not null,
	version bigint not null default 0,
	constraint ck_faq_answer_length check (char_length(answer) <= 3000)
);

create index ix_faq_cycle on guidance_faq (cycle_id, publisher_body_id);

create table guidance_contact (
	id bigserial primary key,
	cycle_id bigint not null references cycle (id) on delete cascade,
	publisher_body_id bigint references public_body (id),
	name varchar(120) not null,
	unit varchar(160),
	phone varchar(30),
	whatsapp varchar(30),
	email varchar(160),
	hours varchar(160),
	created_at timestamptz not null,
	updated_at timestamptz not null,
	updated_by_name varchar(200) not null,
	version bigint not null default 0
);

create index ix_contact_cycle on guidance_contact (cycle_id, publisher_body_id);

-- The file itself lives on disk under <data-dir>/guidance/<sha256>; identical uploads share one file.
create table guidance_document (
	id bigserial primary key,
	cycle_id bigint not null references cycle (id) on delete cascade,
	publisher_body_id bigint references public_body (id),
	title varchar(200) not null,
	file_name varchar(255) not null,
	content_type varchar(150) not null,
	size_bytes bigint not null,
	sha256 varchar(64) not null,
	created_at timestamptz not null,
	updated_at timestamptz not null,
	updated_by_name varchar(200) not null,
	version bigint not null default 0
);

create index ix_document_cycle on guidance_document (cycle_id, publisher_body_id);
create index ix_document_sha on guidance_document (sha256);
