-- PostgreSQL twin of ../0012: the index came with this engine's 0011 already, so this changes nothing here.
CREATE INDEX IF NOT EXISTS ix_onzekerheidsanalyses_lease ON onzekerheidsanalyses (status, lease_tot);
