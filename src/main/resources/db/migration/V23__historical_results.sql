-- Final results of years run elsewhere (other portals, spreadsheets), imported so that a body's trend covers them.
-- Marked as imported; a band not given in the file is derived from the score.
CREATE TABLE historical_result
(
    id               BIGSERIAL PRIMARY KEY,
    year             INT           NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    body_id          BIGINT        NOT NULL REFERENCES public_body (id),
    category_id      BIGINT        NOT NULL REFERENCES body_category (id),
    final_score      NUMERIC(5, 2) NOT NULL CHECK (final_score >= 0 AND final_score <= 100),
    band             VARCHAR(30)   NOT NULL,
    band_derived     BOOLEAN       NOT NULL,
    source_name      VARCHAR(200)  NOT NULL,
    imported_by_name VARCHAR(200)  NOT NULL,
    imported_at      TIMESTAMPTZ   NOT NULL,
    CONSTRAINT historical_result_once UNIQUE (year, body_id)
);
CREATE INDEX historical_result_body_idx ON historical_result (body_id, year);
