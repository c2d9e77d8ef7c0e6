-- Whether respondents see the self-claimed score while filling the SAQ (some commissions hide it).
alter table cycle add column self_score_visible boolean not null default true;
