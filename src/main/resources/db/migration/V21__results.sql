-- Final results of a cycle and the decrees (SK penetapan) that fix them. `result` holds the current draft, one
-- row per participant, rewritten by every recomputation; each decree version keeps a frozen copy of the rows it
-- fixed in `decree_row`, never changed afterwards, so that an amended decree leaves the earlier one readable.

CREATE TABLE result
(
    cycle_id     BIGINT        NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    body_id      BIGINT        NOT NULL REFERENCES public_body (id),
    category_id  BIGINT        NOT NULL,
    verified_saq NUMERIC(9, 4),
    presentation NUMERIC(9, 4),
    visitation   NUMERIC(9, 4),
    website      NUMERIC(9, 4),
    -- the exact weighted sum; the published figure is final_score, rounded once by the cycle policy
    raw_score    NUMERIC       NOT NULL,
    final_score  NUMERIC(9, 4) NOT NULL,
    band         VARCHAR(40)   NOT NULL,
    rank         INTEGER       NOT NULL CHECK (rank >= 1),
    shortlisted  BOOLEAN       NOT NULL,
    computed_at  TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (cycle_id, body_id)
);
CREATE INDEX result_table_idx ON result (cycle_id, category_id, rank, body_id);

CREATE TABLE decree
(
    id                   BIGSERIAL PRIMARY KEY,
    cycle_id             BIGINT        NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    version              INTEGER       NOT NULL CHECK (version >= 1),
    number               VARCHAR(100)  NOT NULL,
    decree_date          DATE          NOT NULL,
    note                 VARCHAR(1000),
    -- why a correction was needed; null for the first version
    reason               VARCHAR(1000),
    issued_by_account_id BIGINT REFERENCES account (id),
    issued_by_name       VARCHAR(200)  NOT NULL,
    issued_at            TIMESTAMPTZ   NOT NULL,
    UNIQUE (cycle_id, version),
    CHECK (version = 1 OR reason IS NOT NULL)
);
-- An SK number identifies one decree across all cycles, whatever the letter case.
CREATE UNIQUE INDEX decree_number_idx ON decree (upper(number));

CREATE TABLE decree_row
(
    decree_id    BIGINT        NOT NULL REFERENCES decree (id) ON DELETE CASCADE,
    body_id      BIGINT        NOT NULL REFERENCES public_body (id),
    category_id  BIGINT        NOT NULL,
    verified_saq NUMERIC(9, 4),
    presentation NUMERIC(9, 4),
    visitation   NUMERIC(9, 4),
    website      NUMERIC(9, 4),
    raw_score    NUMERIC       NOT NULL,
    final_score  NUMERIC(9, 4) NOT NULL,
    band         VARCHAR(40)   NOT NULL,
    rank         INTEGER       NOT NULL,
    shortlisted  BOOLEAN       NOT NULL,
    PRIMARY KEY (decree_id, body_id)
);
CREATE INDEX decree_row_table_idx ON decree_row (decree_id, category_id, rank, body_id);
CREATE INDEX decree_row_body_idx ON decree_row (body_id);
