-- The index on the lease that the PostgreSQL twin of 0011 made and this engine's 0011 did not: an instance looks for
-- unfinished analyses whose lease ran out by status and lease. Found by the test that holds both engines to one schema.
CREATE INDEX IF NOT EXISTS ix_onzekerheidsanalyses_lease ON onzekerheidsanalyses (status, lease_tot);
