-- PostgreSQL twin of ../0011: the instance that holds an analysis and until when its lease runs.
ALTER TABLE onzekerheidsanalyses ADD COLUMN eigenaar text NULL;
ALTER TABLE onzekerheidsanalyses ADD COLUMN lease_tot timestamptz NULL;

CREATE INDEX ix_onzekerheidsanalyses_lease ON onzekerheidsanalyses (status, lease_tot);
