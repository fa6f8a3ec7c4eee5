-- Uncertainty analyses (issue 11): the key that asked for one (its waiting and running analyses are bounded per key),
-- and why one failed or why its result waits (for example a full disk).
ALTER TABLE onzekerheidsanalyses ADD COLUMN sleutel_id TEXT NULL;
ALTER TABLE onzekerheidsanalyses ADD COLUMN reden TEXT NULL;

CREATE INDEX ix_onzekerheidsanalyses_status ON onzekerheidsanalyses (status, sleutel_id);
