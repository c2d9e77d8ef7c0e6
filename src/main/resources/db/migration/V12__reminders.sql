-- Automatic reminders: one row per body, cycle and kind of reminder. The insert (ON CONFLICT DO NOTHING) is
-- what decides who sends, so a body never gets the same automatic reminder twice, even with two nodes.
CREATE TABLE reminder_sent (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	cycle_id BIGINT NOT NULL REFERENCES cycle (id),
	body_id BIGINT NOT NULL REFERENCES public_body (id),
	kind VARCHAR(50) NOT NULL,
	sent_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT reminder_sent_once UNIQUE (cycle_id, body_id, kind)
);

-- ShedLock: the scheduled reminder job runs on one node at a time.
CREATE TABLE shedlock (
	name VARCHAR(64) NOT NULL PRIMARY KEY,
	lock_until TIMESTAMP NOT NULL,
	locked_at TIMESTAMP NOT NULL,
	locked_by VARCHAR(255) NOT NULL
);
