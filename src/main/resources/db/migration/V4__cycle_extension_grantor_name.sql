-- The extension history shows who granted it; keep the name as it was then (accounts can be renamed).
ALTER TABLE cycle_extension ADD COLUMN granted_by_name VARCHAR(200) NOT NULL DEFAULT '';
