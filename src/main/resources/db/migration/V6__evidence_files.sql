-- The evidence library of each body: one row per distinct file (by SHA-256) per body. The bytes themselves live
-- once in content-addressed storage, shared by every body that uploaded the same file.

CREATE TABLE evidence_file
(
    id                     BIGSERIAL PRIMARY KEY,
    body_id                BIGINT       NOT NULL REFERENCES public_body (id),
    sha256                 VARCHAR(64)  NOT NULL,
    original_name          VARCHAR(255) NOT NULL,
    content_type           VARCHAR(150) NOT NULL,
    size_bytes             BIGINT       NOT NULL,
    uploaded_by_account_id BIGINT REFERENCES account (id),
    uploaded_at            TIMESTAMPTZ  NOT NULL,
    CONSTRAINT evidence_file_body_sha_uk UNIQUE (body_id, sha256)
);
CREATE INDEX evidence_file_body_idx ON evidence_file (body_id, uploaded_at DESC);
