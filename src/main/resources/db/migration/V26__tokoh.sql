-- The tokoh award (Anugerah Tokoh Keterbukaan Informasi) of a cycle: nominations of persons by admins and
-- coordinators, a rubric, a special team of jurors who declare conflicts and score independently, and the
-- commissioners' selection with reasons.

-- Per cycle: when the admin closed the nominations (jurors score only a closed, fixed set) and the rubric rules.
CREATE TABLE tokoh_round
(
    cycle_id              BIGINT PRIMARY KEY REFERENCES cycle (id) ON DELETE CASCADE,
    divergence_threshold  INTEGER      NOT NULL DEFAULT 15 CHECK (divergence_threshold BETWEEN 0 AND 100),
    nominations_closed_at TIMESTAMPTZ,
    closed_by_name        VARCHAR(200),
    version               BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE tokoh_criterion
(
    id       BIGSERIAL PRIMARY KEY,
    cycle_id BIGINT       NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    code     VARCHAR(20)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    weight   INTEGER      NOT NULL CHECK (weight BETWEEN 1 AND 100),
    position INTEGER      NOT NULL,
    CONSTRAINT tokoh_criterion_code_once UNIQUE (cycle_id, code)
);

CREATE TABLE tokoh_juror
(
    id         BIGSERIAL PRIMARY KEY,
    cycle_id   BIGINT       NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    account_id BIGINT       NOT NULL REFERENCES account (id),
    name       VARCHAR(200) NOT NULL,
    added_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT tokoh_juror_once UNIQUE (cycle_id, account_id)
);

CREATE TABLE tokoh_nomination
(
    id                    BIGSERIAL PRIMARY KEY,
    cycle_id              BIGINT        NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    name                  VARCHAR(200)  NOT NULL,
    position              VARCHAR(200)  NOT NULL,
    institution           VARCHAR(200)  NOT NULL,
    rationale             VARCHAR(3000) NOT NULL,
    nominated_by_id       BIGINT        NOT NULL REFERENCES account (id),
    nominated_by_name     VARCHAR(200)  NOT NULL,
    created_at            TIMESTAMPTZ   NOT NULL,
    updated_at            TIMESTAMPTZ   NOT NULL,
    -- the commissioners' selection; null reason = not selected
    selection_reason      VARCHAR(2000),
    selected_by_name      VARCHAR(200),
    selected_at           TIMESTAMPTZ,
    version               BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX tokoh_nomination_cycle_idx ON tokoh_nomination (cycle_id, nominated_by_id);

-- Supporting documents: the file lives under <data-dir>/tokoh/<stored_name>, never under the web root.
CREATE TABLE tokoh_document
(
    id            BIGSERIAL PRIMARY KEY,
    nomination_id BIGINT       NOT NULL REFERENCES tokoh_nomination (id) ON DELETE CASCADE,
    file_name     VARCHAR(255) NOT NULL,
    media_type    VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    stored_name   VARCHAR(100) NOT NULL UNIQUE,
    uploaded_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX tokoh_document_nomination_idx ON tokoh_document (nomination_id);

CREATE TABLE tokoh_conflict
(
    id                BIGSERIAL PRIMARY KEY,
    nomination_id     BIGINT        NOT NULL REFERENCES tokoh_nomination (id) ON DELETE CASCADE,
    juror_account_id  BIGINT        NOT NULL REFERENCES account (id),
    reason            VARCHAR(500)  NOT NULL,
    declared_at       TIMESTAMPTZ   NOT NULL,
    CONSTRAINT tokoh_conflict_once UNIQUE (nomination_id, juror_account_id)
);

CREATE TABLE tokoh_sheet
(
    id               BIGSERIAL PRIMARY KEY,
    cycle_id         BIGINT       NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    nomination_id    BIGINT       NOT NULL REFERENCES tokoh_nomination (id) ON DELETE CASCADE,
    juror_account_id BIGINT       NOT NULL REFERENCES account (id),
    juror_name       VARCHAR(200) NOT NULL,
    submitted_at     TIMESTAMPTZ,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT tokoh_sheet_once UNIQUE (nomination_id, juror_account_id)
);
CREATE INDEX tokoh_sheet_cycle_idx ON tokoh_sheet (cycle_id);

CREATE TABLE tokoh_mark
(
    sheet_id       BIGINT      NOT NULL REFERENCES tokoh_sheet (id) ON DELETE CASCADE,
    criterion_code VARCHAR(20) NOT NULL,
    score          INTEGER     NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (sheet_id, criterion_code)
);
