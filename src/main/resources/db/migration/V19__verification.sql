-- Verification of sent SAQs: one verification per submission, the assessor's verdict per item (who, when, on which
-- sealed round) and the history of every verdict change (verdicts, revision requests, objection decisions).
-- Objections also keep the decider's name, as the audit trail shows it.

CREATE TABLE verification
(
    id            BIGSERIAL PRIMARY KEY,
    submission_id BIGINT      NOT NULL UNIQUE REFERENCES submission (id) ON DELETE CASCADE,
    cycle_id      BIGINT      NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    body_id       BIGINT      NOT NULL REFERENCES public_body (id),
    status        VARCHAR(20) NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    started_at    TIMESTAMPTZ NOT NULL,
    started_by    BIGINT      NOT NULL REFERENCES account (id),
    completed_at  TIMESTAMPTZ,
    completed_by  BIGINT REFERENCES account (id),
    version       BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX verification_cycle_idx ON verification (cycle_id, body_id);

CREATE TABLE item_verdict
(
    id              BIGSERIAL PRIMARY KEY,
    verification_id BIGINT       NOT NULL REFERENCES verification (id) ON DELETE CASCADE,
    question_code   VARCHAR(40)  NOT NULL,
    verdict         VARCHAR(20)  NOT NULL CHECK (verdict IN ('ACCEPTED', 'REJECTED', 'NEEDS_REVISION')),
    comment         TEXT,
    round           INT          NOT NULL,
    judged_by       BIGINT REFERENCES account (id),
    judged_by_name  VARCHAR(200) NOT NULL,
    judged_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT item_verdict_once UNIQUE (verification_id, question_code)
);

CREATE TABLE item_verdict_change
(
    id              BIGSERIAL PRIMARY KEY,
    verification_id BIGINT       NOT NULL REFERENCES verification (id) ON DELETE CASCADE,
    question_code   VARCHAR(40)  NOT NULL,
    verdict         VARCHAR(20)  NOT NULL,
    comment         TEXT,
    cause           VARCHAR(20)  NOT NULL CHECK (cause IN ('VERDICT', 'BULK', 'REVISION', 'OBJECTION')),
    changed_by      BIGINT REFERENCES account (id),
    changed_by_name VARCHAR(200) NOT NULL,
    changed_at      TIMESTAMPTZ  NOT NULL
);
-- Who judged an item, when an objection to it is decided.
CREATE INDEX item_verdict_change_item_idx ON item_verdict_change (verification_id, question_code);

ALTER TABLE objection ADD COLUMN decided_by_name VARCHAR(200);
