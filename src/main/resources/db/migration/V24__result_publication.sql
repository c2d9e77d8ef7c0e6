-- The commissioners' decision to publish a cycle's results on the public pages (/hasil/{year}). Published once;
-- the public pages always show the decree version in force, so a later correction is published with it.
-- One published cycle per year: the public pages are addressed by year.
CREATE TABLE result_publication
(
    cycle_id          BIGINT       PRIMARY KEY REFERENCES cycle (id),
    year              INT          NOT NULL UNIQUE,
    published_by      BIGINT       REFERENCES account (id),
    published_by_name VARCHAR(200) NOT NULL,
    published_at      TIMESTAMPTZ  NOT NULL
);
