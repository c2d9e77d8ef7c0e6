-- The assessor's comment on each question a revision round reopens: shown on that question's card and listed in the
-- revision mail, so the body knows what to fix where (the round's message stays the general word).
create table revision_round_comment (
    revision_round_id bigint       not null references revision_round (id) on delete cascade,
    question_code     varchar(40)  not null,
    comment           text         not null,
    primary key (revision_round_id, question_code)
);
