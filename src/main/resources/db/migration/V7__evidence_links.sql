-- Evidence links of a public body: URL and title, with the outcome of the last check.

CREATE TABLE evidence_link
(
    id                    BIGSERIAL PRIMARY KEY,
    body_id               BIGINT        NOT NULL REFERENCES public_body (id),
    url                   VARCHAR(2000) NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    last_status           VARCHAR(20),
    last_http_status      INT,
    last_final_url        VARCHAR(2000),
    last_checked_at       TIMESTAMPTZ,
    created_by_account_id BIGINT        NOT NULL REFERENCES account (id),
    created_at            TIMESTAMPTZ   NOT NULL,
    CONSTRAINT evidence_link_url_per_body UNIQUE (body_id, url)
);
