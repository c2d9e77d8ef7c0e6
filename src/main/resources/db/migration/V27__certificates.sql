-- Certificates (piagam) issued for a decree version: the figures as printed and an unguessable code that the public
-- verification page looks up. A correction issues new certificates; the old ones stay verifiable as superseded.
CREATE TABLE certificate
(
    id             BIGSERIAL PRIMARY KEY,
    code           VARCHAR(12)   NOT NULL UNIQUE,
    cycle_id       BIGINT        NOT NULL REFERENCES cycle (id),
    body_id        BIGINT        NOT NULL REFERENCES public_body (id),
    decree_id      BIGINT        NOT NULL REFERENCES decree (id),
    decree_version INT           NOT NULL,
    decree_number  VARCHAR(100)  NOT NULL,
    decree_date    DATE          NOT NULL,
    year           INT           NOT NULL,
    body_name      VARCHAR(300)  NOT NULL,
    category_name  VARCHAR(200)  NOT NULL,
    band           VARCHAR(30)   NOT NULL,
    final_score    NUMERIC(5, 2) NOT NULL,
    rank           INT           NOT NULL,
    issued_at      TIMESTAMPTZ   NOT NULL,
    CONSTRAINT certificate_once_per_decree UNIQUE (decree_id, body_id)
);
CREATE INDEX certificate_body_idx ON certificate (cycle_id, body_id, decree_version);
