-- The log of every mail: one row per recipient, whether it was sent, only written to the application log
-- (no SMTP server configured) or refused. No foreign keys on purpose: the record of a mail must outlive
-- whatever it was about, and it is written outside the caller's transaction, where a key check could wait
-- on a row the caller has not committed yet.

CREATE TABLE mail_log
(
    id           BIGSERIAL PRIMARY KEY,
    kind         VARCHAR(50)  NOT NULL,
    recipient    VARCHAR(320) NOT NULL,
    subject      VARCHAR(500) NOT NULL,
    status       VARCHAR(10)  NOT NULL CONSTRAINT mail_log_status CHECK (status IN ('SENT', 'LOGGED', 'FAILED')),
    error        VARCHAR(2000),
    created_at   TIMESTAMPTZ  NOT NULL,
    body_id      BIGINT,
    triggered_by BIGINT
);

CREATE INDEX mail_log_body ON mail_log (body_id, created_at DESC) WHERE body_id IS NOT NULL;
CREATE INDEX mail_log_recipient ON mail_log (recipient, created_at DESC);
