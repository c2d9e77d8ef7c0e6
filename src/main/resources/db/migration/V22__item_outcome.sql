-- What verification concluded on each item of a submission, as the body may read it: handed over by the assessment
-- module when a verification is completed and when an objection changes a verdict. Objections are filed on these.
CREATE TABLE submission_item_outcome
(
    submission_id BIGINT       NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    question_code VARCHAR(40)  NOT NULL,
    verdict       VARCHAR(20)  NOT NULL CHECK (verdict IN ('ACCEPTED', 'REJECTED', 'NEEDS_REVISION')),
    remark        VARCHAR(2000),
    recorded_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (submission_id, question_code)
);
