-- SAQ instruments per cycle and category: indicators (aspek) with weights, questions with their answer type,
-- options, checklist elements and number thresholds. Positions keep the admin's order.

CREATE TABLE instrument
(
    id                  BIGSERIAL PRIMARY KEY,
    cycle_id            BIGINT       NOT NULL REFERENCES cycle (id),
    title               VARCHAR(200) NOT NULL,
    version_number      INT          NOT NULL DEFAULT 1,
    previous_version_id BIGINT REFERENCES instrument (id) ON DELETE SET NULL,
    status              VARCHAR(12)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    village             BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMPTZ  NOT NULL,
    published_at        TIMESTAMPTZ,
    version             BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX instrument_cycle_idx ON instrument (cycle_id, status);

CREATE TABLE instrument_category
(
    instrument_id BIGINT NOT NULL REFERENCES instrument (id) ON DELETE CASCADE,
    category_id   BIGINT NOT NULL REFERENCES body_category (id),
    PRIMARY KEY (instrument_id, category_id)
);

CREATE TABLE indicator
(
    id            BIGSERIAL PRIMARY KEY,
    instrument_id BIGINT        NOT NULL REFERENCES instrument (id) ON DELETE CASCADE,
    position      INT,
    code          VARCHAR(20)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    weight        NUMERIC(6, 2) NOT NULL
);
CREATE INDEX indicator_instrument_idx ON indicator (instrument_id);

CREATE TABLE question
(
    id                   BIGSERIAL PRIMARY KEY,
    indicator_id         BIGINT        NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    position             INT,
    code                 VARCHAR(20)   NOT NULL,
    text                 VARCHAR(2000) NOT NULL,
    guidance             VARCHAR(4000),
    evidence_example     VARCHAR(2000),
    answer_type          VARCHAR(20)   NOT NULL,
    weight               NUMERIC(6, 2) NOT NULL,
    evidence_requirement VARCHAR(20)   NOT NULL,
    all_or_nothing       BOOLEAN       NOT NULL DEFAULT FALSE,
    max_file_mb          INT           NOT NULL DEFAULT 20 CHECK (max_file_mb BETWEEN 1 AND 100)
);
CREATE INDEX question_indicator_idx ON question (indicator_id);

CREATE TABLE question_option
(
    question_id BIGINT        NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    position    INT           NOT NULL,
    code        VARCHAR(20)   NOT NULL,
    label       VARCHAR(500)  NOT NULL,
    fraction    NUMERIC(5, 4) NOT NULL CHECK (fraction BETWEEN 0 AND 1),
    PRIMARY KEY (question_id, position)
);

CREATE TABLE question_element
(
    question_id BIGINT        NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    position    INT           NOT NULL,
    code        VARCHAR(20)   NOT NULL,
    label       VARCHAR(500)  NOT NULL,
    weight      NUMERIC(6, 2) NOT NULL,
    PRIMARY KEY (question_id, position)
);

CREATE TABLE question_threshold
(
    question_id BIGINT         NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    position    INT            NOT NULL,
    minimum     NUMERIC(14, 2) NOT NULL,
    fraction    NUMERIC(5, 4)  NOT NULL CHECK (fraction BETWEEN 0 AND 1),
    PRIMARY KEY (question_id, position)
);
