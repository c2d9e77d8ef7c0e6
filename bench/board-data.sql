-- Data generator for the progress-board benchmark (bench/board.sh): 10,000 extra participants with about
-- 1,000,000 answers in the demo's current cycle (Monev KIP 2026), for a database the app created with demo data.
-- Bench only: it writes around the services (and adds questions to a published instrument), which the app never does.
--
--   psql -v ON_ERROR_STOP=1 -f bench/board-data.sql     (PGHOST/PGPORT/PGUSER pointing at the app's database)
--
-- Shape: 2,000 bodies under Pemkab Kutai Kartanegara (the demo coordinator's subtree), 8,000 under ten other roots,
-- all in non-village categories and spread over the regions; the "SAQ Badan Publik" instrument of the cycle grows
-- by 72 yes/no questions to 125. Per body: every 10th has not opened its SAQ (no submission), 45 % have sent
-- (all 125 answered; 5 % of all verified, 5 % in revision), 45 % are filling (85–125 answers). About 40 % of the
-- answers have a file attached. Everything is derived from the body number, so two runs give the same data.

\set bodies 10000

begin;

create temporary table bench_cycle on commit drop as
select c.id as cycle_id, i.id as instrument_id
from cycle c
join instrument i on i.cycle_id = c.id and i.status = 'PUBLISHED' and not i.village
where c.year = 2026
order by c.id
limit 1;

-- 72 more yes/no questions in one extra indicator, so that a full SAQ has 125 answers. Positions are the
-- 0-based list indexes of the entity's ordered lists.
insert into indicator (instrument_id, position, code, name, weight)
select instrument_id, (select count(*) from indicator where instrument_id = bench_cycle.instrument_id), 'BENCH',
	'Indikator benchmark', 0
from bench_cycle;

insert into question (indicator_id, position, code, text, answer_type, weight, evidence_requirement)
select ind.id, n - 1, 'BENCH-' || n, 'Pertanyaan benchmark ' || n, 'YES_NO', 1, 'FILE_OR_LINK'
from indicator ind, generate_series(1, 72) n
where ind.code = 'BENCH' and ind.instrument_id = (select instrument_id from bench_cycle);

create temporary table bench_questions on commit drop as
select q.id, q.code, q.evidence_requirement, row_number() over (order by ind.position, q.position, q.id) as n
from question q join indicator ind on ind.id = q.indicator_id
where ind.instrument_id = (select instrument_id from bench_cycle);

-- Roots: Pemkab Kukar (existing) and ten bench roots.
insert into public_body (code, name, category_id, region_id, parent_id, path, ppid_type)
select 'BENCH-ROOT-' || r, 'Pemerintah Benchmark ' || r, (select id from body_category where code = 'PEMKAB_PEMKOT'),
	(select id from region where level = 'REGENCY' order by id offset (r % 8) limit 1), null, '/', 'UTAMA'
from generate_series(1, 10) r;

create temporary table bench_roots on commit drop as
select id, row_number() over (order by id) - 1 as slot
from public_body where code like 'BENCH-ROOT-%';

create temporary table bench_categories on commit drop as
select id, row_number() over (order by id) - 1 as slot from body_category where not village;

create temporary table bench_regions on commit drop as
select id, row_number() over (order by id) - 1 as slot from region;

insert into public_body (code, name, category_id, region_id, parent_id, path, ppid_type)
select 'BENCH-' || lpad(b::text, 5, '0'),
	(array['Dinas', 'Badan', 'Kantor', 'Bagian', 'UPT'])[1 + b % 5] || ' Benchmark ' || b,
	(select id from bench_categories where slot = b % (select count(*) from bench_categories)),
	(select id from bench_regions where slot = b % (select count(*) from bench_regions)),
	parent.id, '/' || parent.id || '/', 'PELAKSANA'
from generate_series(1, :bodies) b
cross join lateral (
	select case when b <= 2000 then (select id from public_body where code = 'PEMKAB-KUKAR')
		else (select id from bench_roots where slot = b % 10) end as id) parent;

create temporary table bench_bodies on commit drop as
select pb.id, substring(pb.code from 7)::int as b, pb.category_id
from public_body pb where pb.code ~ '^BENCH-[0-9]+$';

insert into cycle_participant (cycle_id, body_id, category_id)
select (select cycle_id from bench_cycle), id, category_id from bench_bodies;

-- Status by body number: 0 → none, 1–4 sent (of which 1 verified, 2 in revision), 5–9 drafts (4.5 of 9 sent).
insert into submission (cycle_id, body_id, category_id, instrument_id, status, round, created_at, submitted_at,
	submitted_by_name)
select (select cycle_id from bench_cycle), id, category_id, (select instrument_id from bench_cycle),
	case b % 20
		when 2 then 'VERIFIED' when 4 then 'REVISION_REQUESTED'
		when 1 then 'SUBMITTED' when 3 then 'SUBMITTED' when 5 then 'SUBMITTED' when 6 then 'SUBMITTED'
		when 7 then 'SUBMITTED' when 8 then 'IN_VERIFICATION' when 9 then 'SUBMITTED'
		else 'DRAFT' end,
	case when b % 20 between 1 and 9 then 1 else 0 end,
	timestamptz '2026-11-14 08:00+08' + (b % 7) * interval '1 day',
	case when b % 20 between 1 and 9 then timestamptz '2026-11-18 09:00+08' + (b % 9) * interval '1 day' end,
	case when b % 20 between 1 and 9 then 'Petugas ' || b end
from bench_bodies where b % 10 <> 0;

insert into evidence_file (body_id, sha256, original_name, content_type, size_bytes, uploaded_at)
select id, md5(b::text) || md5((b + 1)::text), 'bukti-' || b || '.pdf', 'application/pdf', 123456,
	timestamptz '2026-11-15 10:00+08'
from bench_bodies where b % 10 <> 0;

-- A "YES" claims something, so it needs the question's evidence (what the application stores with each value);
-- non-yes/no demo questions are answered "YES" too here, which only the board's counts read.
insert into submission_answer (submission_id, question_id, question_code, answer_value, evidence_needed, updated_at,
	updated_by, updated_by_name)
select s.id, q.id, q.code, case when (bb.b + q.n) % 4 = 0 then 'NO' else 'YES' end,
	case when (bb.b + q.n) % 4 <> 0 and q.evidence_requirement <> 'NONE' then q.evidence_requirement end,
	timestamptz '2026-11-14 08:00+08' + ((bb.b * 7 + q.n * 13) % 20000) * interval '1 minute', 1,
	'Petugas ' || bb.b
from submission s
join bench_bodies bb on bb.id = s.body_id
join bench_questions q on q.n <= case when s.status = 'DRAFT' then 85 + bb.b % 41 else 125 end
where s.cycle_id = (select cycle_id from bench_cycle);

insert into answer_evidence (answer_id, file_id, attached_at, attached_by)
select a.id, f.id, a.updated_at, 1
from submission_answer a
join submission s on s.id = a.submission_id
join evidence_file f on f.body_id = s.body_id
join bench_bodies bb on bb.id = s.body_id
where (a.question_id + bb.b) % 5 < 2;

commit;

analyze;

select (select count(*) from cycle_participant) as participants, (select count(*) from submission) as submissions,
	(select count(*) from submission_answer) as answers, (select count(*) from answer_evidence) as evidence;
