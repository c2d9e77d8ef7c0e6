-- Submissions: a body's answers to its SAQ in one cycle, the evidence attached to each answer, the sealed
-- snapshots that verification reads, revision rounds and objections.

create table submission (
	id bigserial primary key,
	cycle_id bigint not null references cycle (id),
	body_id bigint not null references public_body (id),
	category_id bigint not null references body_category (id),
	instrument_id bigint not null references instrument (id),
	status varchar(30) not null,
	round int not null default 0,
	created_at timestamptz not null,
	submitted_at timestamptz,
	submitted_by_name varchar(200),
	version bigint not null default 0,
	constraint uk_submission_cycle_body unique (cycle_id, body_id)
);

create index ix_submission_body on submission (body_id);

create table submission_answer (
	id bigserial primary key,
	submission_id bigint not null references submission (id) on delete cascade,
	question_id bigint not null,
	question_code varchar(40) not null,
	answer_value text,
	updated_at timestamptz not null,
	updated_by bigint not null,
	updated_by_name varchar(200) not null,
	version bigint not null default 0,
	constraint uk_answer_question unique (submission_id, question_id)
);

-- Last activity per submission (progress board) without touching the submission row on every autosave.
create index ix_answer_activity on submission_answer (submission_id, updated_at desc);

create table answer_evidence (
	id bigserial primary key,
	answer_id bigint not null references submission_answer (id) on delete cascade,
	file_id bigint references evidence_file (id) on delete cascade,
	link_id bigint references evidence_link (id) on delete cascade,
	carried_over boolean not null default false,
	attached_at timestamptz not null,
	attached_by bigint not null,
	constraint ck_answer_evidence_one check ((file_id is null) <> (link_id is null)),
	constraint uk_answer_evidence_file unique (answer_id, file_id),
	constraint uk_answer_evidence_link unique (answer_id, link_id)
);

create index ix_answer_evidence_file on answer_evidence (file_id);
create index ix_answer_evidence_link on answer_evidence (link_id);

-- What was sent, frozen: the answers and the SHA-256 of every attached file, as JSON, with a fingerprint.
create table submission_snapshot (
	id bigserial primary key,
	submission_id bigint not null references submission (id) on delete cascade,
	round int not null,
	sealed_at timestamptz not null,
	sealed_by bigint not null,
	sealed_by_name varchar(200) not null,
	answer_count int not null,
	evidence_count int not null,
	content text not null,
	fingerprint varchar(64) not null,
	constraint uk_snapshot_round unique (submission_id, round)
);

create table revision_round (
	id bigserial primary key,
	submission_id bigint not null references submission (id) on delete cascade,
	question_codes text not null,
	message text not null,
	deadline timestamptz not null,
	opened_at timestamptz not null,
	opened_by bigint not null,
	closed_at timestamptz
);

create index ix_revision_round_submission on revision_round (submission_id);

create table objection (
	id bigserial primary key,
	submission_id bigint not null references submission (id) on delete cascade,
	question_id bigint not null,
	question_code varchar(40) not null,
	reason text not null,
	status varchar(20) not null,
	filed_at timestamptz not null,
	filed_by bigint not null,
	filed_by_name varchar(200) not null,
	decided_at timestamptz,
	decided_by bigint,
	decision_reason text,
	constraint uk_objection_question unique (submission_id, question_id)
);

create table objection_evidence (
	objection_id bigint not null references objection (id) on delete cascade,
	file_id bigint not null references evidence_file (id) on delete cascade,
	primary key (objection_id, file_id)
);
