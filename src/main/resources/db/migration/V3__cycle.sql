-- Monev cycles: timetable in WITA (stored as UTC instants), participants, extensions and the scoring policy.

CREATE TABLE cycle
(
    id                    BIGSERIAL PRIMARY KEY,
    year                  INT          NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    assessed_year         INT          NOT NULL,
    title                 VARCHAR(200) NOT NULL,
    organiser_body_id     BIGINT       NOT NULL REFERENCES public_body (id),
    copied_from_id        BIGINT REFERENCES cycle (id),
    saq_weight            NUMERIC(5, 2) NOT NULL DEFAULT 100,
    presentation_weight   NUMERIC(5, 2) NOT NULL DEFAULT 0,
    visitation_weight     NUMERIC(5, 2) NOT NULL DEFAULT 0,
    website_weight        NUMERIC(5, 2) NOT NULL DEFAULT 0,
    shortlist_minimum     NUMERIC(5, 2),
    shortlist_top         INT,
    shortlist_combination VARCHAR(3)   NOT NULL DEFAULT 'ANY' CHECK (shortlist_combination IN ('ANY', 'ALL')),
    non_shortlisted       VARCHAR(40)  NOT NULL DEFAULT 'VERIFIED_SAQ',
    score_scale           INT          NOT NULL DEFAULT 2,
    rounding_mode         VARCHAR(12)  NOT NULL DEFAULT 'HALF_UP',
    tie_breaks            VARCHAR(200) NOT NULL DEFAULT '',
    version               BIGINT       NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT cycle_year_per_organiser UNIQUE (organiser_body_id, year)
);

CREATE TABLE cycle_band
(
    cycle_id    BIGINT        NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    code        VARCHAR(40)   NOT NULL,
    lower_bound NUMERIC(5, 2) NOT NULL,
    upper_bound NUMERIC(5, 2) NOT NULL,
    PRIMARY KEY (cycle_id, code)
);

CREATE TABLE cycle_stage_window
(
    cycle_id  BIGINT      NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    stage     VARCHAR(20) NOT NULL,
    opens_at  TIMESTAMPTZ NOT NULL,
    closes_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cycle_id, stage),
    CHECK (opens_at < closes_at)
);

CREATE TABLE cycle_participant
(
    id          BIGSERIAL PRIMARY KEY,
    cycle_id    BIGINT      NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    body_id     BIGINT      NOT NULL REFERENCES public_body (id),
    category_id BIGINT      NOT NULL REFERENCES body_category (id),
    added_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT cycle_participant_once UNIQUE (cycle_id, body_id)
);
CREATE INDEX cycle_participant_category_idx ON cycle_participant (cycle_id, category_id);

-- A later closing time for one stage, granted to a whole category or to one body, kept as history.
CREATE TABLE cycle_extension
(
    id                    BIGSERIAL PRIMARY KEY,
    cycle_id              BIGINT       NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    stage                 VARCHAR(20)  NOT NULL,
    category_id           BIGINT REFERENCES body_category (id),
    body_id               BIGINT REFERENCES public_body (id),
    closes_at             TIMESTAMPTZ  NOT NULL,
    reason                VARCHAR(500) NOT NULL,
    granted_by_account_id BIGINT       NOT NULL REFERENCES account (id),
    granted_at            TIMESTAMPTZ  NOT NULL,
    CHECK ((category_id IS NULL) <> (body_id IS NULL))
);
CREATE INDEX cycle_extension_cycle_idx ON cycle_extension (cycle_id, stage);
