-- Running counts per submission for the progress board: counting a million answers on every board request took
-- seconds (docs/performance.md). The counts are kept by triggers rather than by the services because every path
-- that writes answers or evidence (autosave, uploads, attaching library items, carry-over, detaching, cascading
-- deletes) must keep them right, and because concurrent saves of one body must not lose an increment: each
-- trigger adds a delta under the row lock of the progress row (or of the answer, for its evidence count), so
-- two transactions never both count from the same stale value.

create table submission_progress (
	submission_id bigint primary key references submission (id) on delete cascade,
	answered int not null default 0,
	with_evidence int not null default 0,
	last_activity_at timestamptz,
	last_activity_by varchar(200)
);

-- How many files and links hang on the answer; the progress row counts answers where this is above zero.
alter table submission_answer add column evidence_count int not null default 0;

update submission_answer a set evidence_count = (select count(*) from answer_evidence e where e.answer_id = a.id);

insert into submission_progress (submission_id, answered, with_evidence, last_activity_at, last_activity_by)
select s.id,
	(select count(*) from submission_answer a where a.submission_id = s.id and a.answer_value is not null),
	(select count(*) from submission_answer a where a.submission_id = s.id and a.evidence_count > 0),
	last.updated_at, last.updated_by_name
from submission s
left join lateral (
	select a.updated_at, a.updated_by_name from submission_answer a
	where a.submission_id = s.id order by a.updated_at desc limit 1) last on true;

create function submission_progress_open() returns trigger language plpgsql as $$
begin
	insert into submission_progress (submission_id) values (new.id);
	return null;
end $$;

create trigger submission_progress_open after insert on submission
	for each row execute function submission_progress_open();

create function submission_progress_answer() returns trigger language plpgsql as $$
begin
	if tg_op = 'DELETE' then
		update submission_progress
		set answered = answered - (old.answer_value is not null)::int,
			with_evidence = with_evidence - (old.evidence_count > 0)::int
		where submission_id = old.submission_id;
		return null;
	end if;
	update submission_progress
	set answered = answered + (new.answer_value is not null)::int
			- (tg_op = 'UPDATE' and old.answer_value is not null)::int,
		last_activity_at = greatest(last_activity_at, new.updated_at),
		last_activity_by = case when last_activity_at is null or new.updated_at >= last_activity_at
			then new.updated_by_name else last_activity_by end
	where submission_id = new.submission_id;
	return null;
end $$;

-- Only changes of the value or of the change's time concern the progress; the evidence trigger below updates
-- evidence_count, which must not count as an answer change.
create trigger submission_progress_answer after insert or delete or update of answer_value, updated_at
	on submission_answer for each row execute function submission_progress_answer();

create function submission_progress_evidence() returns trigger language plpgsql as $$
declare
	delta int := case when tg_op = 'INSERT' then 1 else -1 end;
	answer_id_changed bigint := case when tg_op = 'INSERT' then new.answer_id else old.answer_id end;
	submission_id_of bigint;
	count_now int;
begin
	update submission_answer set evidence_count = evidence_count + delta
	where id = answer_id_changed
	returning submission_id, evidence_count into submission_id_of, count_now;
	-- The answer itself is being deleted (cascade): its delete trigger takes care of the counts.
	if submission_id_of is null then
		return null;
	end if;
	if (delta = 1 and count_now = 1) or (delta = -1 and count_now = 0) then
		update submission_progress set with_evidence = with_evidence + delta where submission_id = submission_id_of;
	end if;
	return null;
end $$;

create trigger submission_progress_evidence after insert or delete on answer_evidence
	for each row execute function submission_progress_evidence();
