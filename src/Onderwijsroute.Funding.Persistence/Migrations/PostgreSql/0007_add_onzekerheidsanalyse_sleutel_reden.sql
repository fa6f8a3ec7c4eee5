-- PostgreSQL twin of ../0007: the key that asked for an analysis, and why one failed or waits.
ALTER TABLE onzekerheidsanalyses ADD COLUMN sleutel_id text NULL;
ALTER TABLE onzekerheidsanalyses ADD COLUMN reden text NULL;

CREATE INDEX ix_onzekerheidsanalyses_status ON onzekerheidsanalyses (status, sleutel_id);
