-- Award categories of a cycle (what the award night ranks), the body categories each one takes, and the special
-- awards (penghargaan khusus) commissioners choose. Winners are not stored: they follow from the decree in force.
CREATE TABLE award_category
(
    id             BIGSERIAL PRIMARY KEY,
    cycle_id       BIGINT       NOT NULL REFERENCES cycle (id),
    name           VARCHAR(200) NOT NULL,
    winners        INT          NOT NULL CHECK (winners >= 1),
    top_per_regency INT CHECK (top_per_regency >= 1),
    sort_order     INT          NOT NULL DEFAULT 0,
    CONSTRAINT award_category_name_once UNIQUE (cycle_id, name)
);

-- A body category belongs to at most one award category per cycle (cycle_id repeated for that constraint).
CREATE TABLE award_category_member
(
    award_category_id BIGINT NOT NULL REFERENCES award_category (id) ON DELETE CASCADE,
    cycle_id          BIGINT NOT NULL REFERENCES cycle (id),
    body_category_id  BIGINT NOT NULL REFERENCES body_category (id),
    PRIMARY KEY (award_category_id, body_category_id),
    CONSTRAINT award_category_member_once UNIQUE (cycle_id, body_category_id)
);

CREATE TABLE special_award
(
    id              BIGSERIAL PRIMARY KEY,
    cycle_id        BIGINT        NOT NULL REFERENCES cycle (id),
    title           VARCHAR(200)  NOT NULL,
    body_id         BIGINT        NOT NULL REFERENCES public_body (id),
    citation        VARCHAR(1000) NOT NULL,
    chosen_by_name  VARCHAR(200)  NOT NULL,
    chosen_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX special_award_cycle_idx ON special_award (cycle_id);
