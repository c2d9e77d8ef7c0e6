-- Who goes on to presentation and visitasi: the cycle policy's draw on the verified SAQ, reviewed by the
-- commissioners, who may add or remove a body with a reason. Every adjustment is kept.

CREATE TABLE shortlist_entry
(
    cycle_id              BIGINT        NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    body_id               BIGINT        NOT NULL REFERENCES public_body (id),
    category_id           BIGINT        NOT NULL,
    verified_saq          NUMERIC(9, 4),
    by_policy             BOOLEAN       NOT NULL,
    included              BOOLEAN       NOT NULL,
    -- set while a commissioner's decision overrides the policy
    adjustment_reason     VARCHAR(1000),
    adjusted_by_name      VARCHAR(200),
    adjusted_at           TIMESTAMPTZ,
    drawn_at              TIMESTAMPTZ   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (cycle_id, body_id)
);

CREATE TABLE shortlist_adjustment
(
    id                    BIGSERIAL PRIMARY KEY,
    cycle_id              BIGINT        NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    body_id               BIGINT        NOT NULL REFERENCES public_body (id),
    included              BOOLEAN       NOT NULL,
    reason                VARCHAR(1000) NOT NULL,
    adjusted_by_account_id BIGINT       REFERENCES account (id),
    adjusted_by_name      VARCHAR(200)  NOT NULL,
    adjusted_at           TIMESTAMPTZ   NOT NULL
);
CREATE INDEX shortlist_adjustment_cycle_idx ON shortlist_adjustment (cycle_id, adjusted_at DESC);
