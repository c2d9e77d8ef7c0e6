-- Invitations: a coordinator invites a respondent, who sets their own password through a one-time link.
-- Only the SHA-256 of the link's token is kept, so a copy of the database cannot be used to take over an
-- account. An invitation is spent once used, and void once a newer one is sent (revoked_at) or it expires.

CREATE TABLE account_invitation
(
    id         BIGSERIAL PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash VARCHAR(64) NOT NULL CONSTRAINT account_invitation_token_hash UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ,
    revoked_at TIMESTAMPTZ,
    invited_by BIGINT REFERENCES account (id)
);

CREATE INDEX account_invitation_account ON account_invitation (account_id);
