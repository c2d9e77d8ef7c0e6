-- The current score of every participant per scoring stage (the SAQ stage holds the verified SAQ), written by
-- verification and the panels, read by shortlisting and the final results; and the audit trail of every change to
-- a stage or final score: who, when, before, after and why.

CREATE TABLE stage_score
(
    cycle_id   BIGINT        NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    body_id    BIGINT        NOT NULL REFERENCES public_body (id),
    stage      VARCHAR(20)   NOT NULL CHECK (stage IN ('SAQ', 'PRESENTATION', 'VISITATION', 'WEBSITE')),
    score      NUMERIC(9, 4) NOT NULL CHECK (score >= 0 AND score <= 100),
    updated_at TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (cycle_id, body_id, stage)
);

CREATE TABLE score_change
(
    id                    BIGSERIAL PRIMARY KEY,
    cycle_id              BIGINT        NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    body_id               BIGINT        NOT NULL REFERENCES public_body (id),
    subject               VARCHAR(20)   NOT NULL,
    before_score          NUMERIC(9, 4),
    after_score           NUMERIC(9, 4),
    reason                VARCHAR(1000) NOT NULL,
    changed_by_account_id BIGINT REFERENCES account (id),
    changed_by_name       VARCHAR(200)  NOT NULL,
    changed_at            TIMESTAMPTZ   NOT NULL
);
-- A body's history, newest first.
CREATE INDEX score_change_body_idx ON score_change (cycle_id, body_id, changed_at DESC, id DESC);
