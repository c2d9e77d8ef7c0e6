-- Running counts per submission for the progress board: counting a million answers on every board request took
-- seconds (docs/performance.md). The counts are kept by triggers rather than by the services because every path
-- that writes answers or evidence (autosave, uploads, attaching library items, carry-over, detaching, cascading
-- deletes) must keep them right, and because concurrent saves of one body must not lose an increment: each
-- trigger adds a delta under the row lock of the progress row (or of the answer, for its evidence counts), so
-- two transactions never both count from the same stale value.
--
-- Which evidence an answer needs is the questionnaire's rule (a claim needs evidence, "Tidak" needs none); the
-- application writes it with each value (submission_answer.evidence_needed) and the database only counts.

create table submission_progress (
	submission_id bigint primary key references submission (id) on delete cascade,
	answered int not null default 0,
	with_evidence int not null default 0,
	needs_evidence int not null default 0,
	evidence_met int not null default 0,
	last_activity_at timestamptz,
	last_activity_by varchar(200)
);

-- Files and links hanging on the answer, and the evidence its value needs (NULL: none).
alter table submission_answer add column file_count int not null default 0;
alter table submission_answer add column link_count int not null default 0;
alter table submission_answer add column evidence_needed varchar(20);

create function evidence_met(needed varchar, files int, links int) returns boolean language sql immutable as $$
	select case needed
		when 'FILE' then files > 0
		when 'LINK' then links > 0
		when 'FILE_OR_LINK' then files > 0 or links > 0
		when 'FILE_AND_LINK' then files > 0 and links > 0
		else false end
$$;

update submission_answer a set
	file_count = (select count(*) from answer_evidence e where e.answer_id = a.id and e.file_id is not null),
	link_count = (select count(*) from answer_evidence e where e.answer_id = a.id and e.link_id is not null);

insert into submission_progress (submission_id, answered, with_evidence, last_activity_at, last_activity_by)
select s.id,
	(select count(*) from submission_answer a where a.submission_id = s.id and a.answer_value is not null),
	(select count(*) from submission_answer a where a.submission_id = s.id and a.file_count + a.link_count > 0),
	last.updated_at, last.updated_by_name
from submission s
left join lateral (
	select a.updated_at, a.updated_by_name from submission_answer a
	where a.submission_id = s.id order by a.updated_at desc limit 1) last on true;
-- evidence_needed of answers saved before this migration stays NULL until they change again: the rule lives in the
-- application, so needs_evidence and evidence_met start at 0 for them.

create function submission_progress_open() returns trigger language plpgsql as $$
begin
	insert into submission_progress (submission_id) values (new.id);
	return null;
end $$;

create trigger submission_progress_open after insert on submission
	for each row execute function submission_progress_open();

-- One answer's share of its submission's counts; the trigger below adds the new share and takes away the old one.
create function submission_progress_answer() returns trigger language plpgsql as $$
declare
	answered_delta int := 0;
	evidence_delta int := 0;
	needs_delta int := 0;
	met_delta int := 0;
	submission bigint := case when tg_op = 'DELETE' then old.submission_id else new.submission_id end;
begin
	if tg_op <> 'INSERT' then
		answered_delta := answered_delta - (old.answer_value is not null)::int;
		evidence_delta := evidence_delta - (old.file_count + old.link_count > 0)::int;
		needs_delta := needs_delta - (old.evidence_needed is not null)::int;
		met_delta := met_delta - evidence_met(old.evidence_needed, old.file_count, old.link_count)::int;
	end if;
	if tg_op <> 'DELETE' then
		answered_delta := answered_delta + (new.answer_value is not null)::int;
		evidence_delta := evidence_delta + (new.file_count + new.link_count > 0)::int;
		needs_delta := needs_delta + (new.evidence_needed is not null)::int;
		met_delta := met_delta + evidence_met(new.evidence_needed, new.file_count, new.link_count)::int;
	end if;
	update submission_progress
	set answered = answered + answered_delta,
		with_evidence = with_evidence + evidence_delta,
		needs_evidence = needs_evidence + needs_delta,
		evidence_met = evidence_met + met_delta,
		last_activity_at = case when tg_op = 'DELETE' then last_activity_at
			else greatest(last_activity_at, new.updated_at) end,
		last_activity_by = case when tg_op <> 'DELETE' and (last_activity_at is null or new.updated_at > last_activity_at)
			then new.updated_by_name else last_activity_by end
	where submission_id = submission;
	return null;
end $$;

create trigger submission_progress_answer after insert or delete
	or update of answer_value, updated_at, evidence_needed, file_count, link_count
	on submission_answer for each row execute function submission_progress_answer();

-- Attaching or detaching evidence changes the answer's counts; the answer trigger above does the rest.
create function submission_progress_evidence() returns trigger language plpgsql as $$
declare
	delta int := case when tg_op = 'INSERT' then 1 else -1 end;
	item answer_evidence := case when tg_op = 'INSERT' then new else old end;
begin
	update submission_answer
	set file_count = file_count + case when item.file_id is not null then delta else 0 end,
		link_count = link_count + case when item.link_id is not null then delta else 0 end
	where id = item.answer_id;
	return null;
end $$;

create trigger submission_progress_evidence after insert or delete on answer_evidence
	for each row execute function submission_progress_evidence();
