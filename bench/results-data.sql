-- Data generator for the final-results benchmark (bench/results.sh): 10,000 extra participants of the demo's
-- current cycle (Monev KIP 2026) with a verified SAQ and a visitasi score in the score ledger, for a database the
-- app created with demo data. Bench only: it writes around the services, which the app never does.
--
--   psql -v ON_ERROR_STOP=1 -f bench/results-data.sql     (PGHOST/PGPORT/PGUSER pointing at the app's database)
--
-- Shape: 10,000 bodies under ten roots, spread over the eleven non-village categories and the regions. Every body
-- has a verified SAQ between 20 and 100 (four decimals); every body but each 20th (not visited) a visitasi score.
-- Everything is derived from the body number, so two runs give the same data.

\set bodies 10000

begin;

create temporary table bench_cycle on commit drop as
select id as cycle_id from cycle where year = 2026 order by id limit 1;

insert into public_body (code, name, category_id, region_id, parent_id, path, ppid_type)
select 'RBENCH-ROOT-' || r, 'Pemerintah Hasil Benchmark ' || r, (select id from body_category where code = 'PEMKAB_PEMKOT'),
	(select id from region where level = 'REGENCY' order by id offset (r % 8) limit 1), null, '/', 'UTAMA'
from generate_series(1, 10) r;

create temporary table bench_roots on commit drop as
select id, row_number() over (order by id) - 1 as slot from public_body where code like 'RBENCH-ROOT-%';

create temporary table bench_categories on commit drop as
select id, row_number() over (order by id) - 1 as slot from body_category where not village;

create temporary table bench_regions on commit drop as
select id, row_number() over (order by id) - 1 as slot from region;

insert into public_body (code, name, category_id, region_id, parent_id, path, ppid_type)
select 'RBENCH-' || lpad(b::text, 5, '0'),
	(array['Dinas', 'Badan', 'Kantor', 'Bagian', 'UPT'])[1 + b % 5] || ' Hasil Benchmark ' || b,
	(select id from bench_categories where slot = b % (select count(*) from bench_categories)),
	(select id from bench_regions where slot = b % (select count(*) from bench_regions)),
	root.id, '/' || root.id || '/', 'PELAKSANA'
from generate_series(1, :bodies) b
join bench_roots root on root.slot = b % 10;

create temporary table bench_bodies on commit drop as
select id, substring(code from 8)::int as b, category_id from public_body where code ~ '^RBENCH-[0-9]+$';

insert into cycle_participant (cycle_id, body_id, category_id)
select (select cycle_id from bench_cycle), id, category_id from bench_bodies;

insert into stage_score (cycle_id, body_id, stage, score, updated_at)
select (select cycle_id from bench_cycle), id, 'SAQ', round(20 + ((b * 7919) % 800001) / 10000.0, 4), now()
from bench_bodies;

insert into stage_score (cycle_id, body_id, stage, score, updated_at)
select (select cycle_id from bench_cycle), id, 'VISITATION', round(40 + ((b * 104729) % 600001) / 10000.0, 4), now()
from bench_bodies where b % 20 <> 0;

commit;

select count(*) as participants from cycle_participant where cycle_id = (select id from cycle where year = 2026 order by id limit 1);
