-- Every check of an evidence link (on adding, on request, at sending), so that an assessor sees when a link
-- opened and when it did not. No foreign key to evidence_link: a link taken out of the library after it was sent
-- keeps its history, because the sealed snapshot still names it.
create table evidence_link_check (
	id bigserial primary key,
	link_id bigint not null,
	body_id bigint not null references public_body (id),
	url varchar(2000) not null,
	status varchar(20) not null,
	http_status int,
	final_url varchar(2000),
	checked_at timestamptz not null,
	reason varchar(20) not null,
	constraint ck_evidence_link_check_reason check (reason in ('ADDED', 'REQUESTED', 'SENDING'))
);

create index ix_evidence_link_check_link on evidence_link_check (link_id, checked_at);
