-- Assessment, first step: who verifies and who judges which participant of a cycle, and the conflicts of interest
-- that keep a person away from a body (home region, declared conflicts; own institution comes from the directory).

CREATE TABLE assessor_profile
(
    account_id       BIGINT PRIMARY KEY REFERENCES account (id),
    home_region_code VARCHAR(20),
    updated_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE assessment_declared_conflict
(
    id                     BIGSERIAL PRIMARY KEY,
    account_id             BIGINT       NOT NULL REFERENCES account (id),
    body_id                BIGINT       NOT NULL REFERENCES public_body (id),
    reason                 VARCHAR(500) NOT NULL,
    recorded_by_account_id BIGINT       NOT NULL REFERENCES account (id),
    recorded_at            TIMESTAMPTZ  NOT NULL,
    CONSTRAINT assessment_declared_conflict_once UNIQUE (account_id, body_id)
);

CREATE TABLE assessment_assignment
(
    id                     BIGSERIAL PRIMARY KEY,
    cycle_id               BIGINT      NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    body_id                BIGINT      NOT NULL REFERENCES public_body (id),
    account_id             BIGINT      NOT NULL REFERENCES account (id),
    role                   VARCHAR(10) NOT NULL CHECK (role IN ('VERIFIER', 'JUDGE')),
    assigned_by_account_id BIGINT REFERENCES account (id),
    assigned_at            TIMESTAMPTZ NOT NULL,
    CONSTRAINT assessment_assignment_once UNIQUE (cycle_id, body_id, role, account_id)
);
-- The assessor's queue: its assignments in a cycle.
CREATE INDEX assessment_assignment_account_idx ON assessment_assignment (cycle_id, account_id);
