-- The language an invitation is mailed in, chosen by the coordinator: the mail, a resent mail and the link's
-- page speak it. Invitations sent before this change were all in Bahasa Indonesia.

ALTER TABLE account_invitation
    ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'id'
        CONSTRAINT account_invitation_language CHECK (language IN ('id', 'en'));
