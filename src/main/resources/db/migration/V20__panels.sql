-- Panels of the presentation and visitasi stages: a rubric per cycle and stage (criteria with weights and a
-- description per level, the rule that combines the judges, the divergence threshold), each judge's score sheet
-- per body, and the sessions (presentation, visitasi, audiensi) with their minutes and photos.

CREATE TABLE panel_rubric
(
    id                   BIGSERIAL PRIMARY KEY,
    cycle_id             BIGINT      NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    stage                VARCHAR(20) NOT NULL CHECK (stage IN ('PRESENTATION', 'VISITATION')),
    rule                 VARCHAR(20) NOT NULL CHECK (rule IN ('MEAN', 'MEDIAN', 'TRIMMED_MEAN')),
    divergence_threshold INTEGER     NOT NULL CHECK (divergence_threshold BETWEEN 0 AND 100),
    version              BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT panel_rubric_once UNIQUE (cycle_id, stage)
);

CREATE TABLE panel_criterion
(
    id          BIGSERIAL PRIMARY KEY,
    rubric_id   BIGINT       NOT NULL REFERENCES panel_rubric (id) ON DELETE CASCADE,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    description VARCHAR(2000),
    weight      INTEGER      NOT NULL CHECK (weight BETWEEN 1 AND 100),
    position    INTEGER      NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT panel_criterion_code_once UNIQUE (rubric_id, code)
);

-- Levels of a criterion, e.g. 1 "Kurang" 0–20 … 5 "Sangat baik" 81–100, contiguous from 0 to 100.
CREATE TABLE panel_level
(
    criterion_id BIGINT        NOT NULL REFERENCES panel_criterion (id) ON DELETE CASCADE,
    level        INTEGER       NOT NULL CHECK (level >= 1),
    min_score    INTEGER       NOT NULL CHECK (min_score BETWEEN 0 AND 100),
    max_score    INTEGER       NOT NULL CHECK (max_score BETWEEN 0 AND 100),
    description  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (criterion_id, level),
    CHECK (min_score <= max_score)
);

CREATE TABLE panel_sheet
(
    id                 BIGSERIAL PRIMARY KEY,
    cycle_id           BIGINT       NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    body_id            BIGINT       NOT NULL REFERENCES public_body (id),
    stage              VARCHAR(20)  NOT NULL CHECK (stage IN ('PRESENTATION', 'VISITATION')),
    judge_account_id   BIGINT       NOT NULL REFERENCES account (id),
    judge_name         VARCHAR(200) NOT NULL,
    note               VARCHAR(2000),
    submitted_at       TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT panel_sheet_once UNIQUE (cycle_id, body_id, stage, judge_account_id)
);
-- The results page reads every sheet of a cycle and stage; a judge its own.
CREATE INDEX panel_sheet_stage_idx ON panel_sheet (cycle_id, stage);
CREATE INDEX panel_sheet_judge_idx ON panel_sheet (judge_account_id, cycle_id);

CREATE TABLE panel_mark
(
    sheet_id     BIGINT  NOT NULL REFERENCES panel_sheet (id) ON DELETE CASCADE,
    criterion_id BIGINT  NOT NULL REFERENCES panel_criterion (id) ON DELETE CASCADE,
    score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (sheet_id, criterion_id)
);

CREATE TABLE panel_session
(
    id              BIGSERIAL PRIMARY KEY,
    cycle_id        BIGINT       NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    body_id         BIGINT       NOT NULL REFERENCES public_body (id),
    kind            VARCHAR(20)  NOT NULL CHECK (kind IN ('PRESENTATION', 'VISITATION', 'AUDIENSI')),
    starts_at       TIMESTAMPTZ  NOT NULL,
    place           VARCHAR(300) NOT NULL,
    attendees       VARCHAR(4000),
    minutes         TEXT,
    updated_at      TIMESTAMPTZ  NOT NULL,
    updated_by_name VARCHAR(200) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX panel_session_cycle_idx ON panel_session (cycle_id, starts_at);

CREATE TABLE panel_session_photo
(
    id               BIGSERIAL PRIMARY KEY,
    session_id       BIGINT       NOT NULL REFERENCES panel_session (id) ON DELETE CASCADE,
    storage_key      VARCHAR(64)  NOT NULL UNIQUE,
    original_name    VARCHAR(255) NOT NULL,
    content_type     VARCHAR(50)  NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    uploaded_at      TIMESTAMPTZ  NOT NULL,
    uploaded_by_name VARCHAR(200) NOT NULL
);
CREATE INDEX panel_session_photo_session_idx ON panel_session_photo (session_id);
