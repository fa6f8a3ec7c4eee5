-- Uncertainty analyses as durable jobs (issue 16): which service instance holds an analysis ('eigenaar') and until when
-- its lease runs ('lease_tot'). The holder renews the lease while the analysis waits or runs; an analysis whose lease ran
-- out (its instance died) is claimed by another instance, or on SQLite by the next start of the one process.
ALTER TABLE onzekerheidsanalyses ADD COLUMN eigenaar TEXT NULL;
ALTER TABLE onzekerheidsanalyses ADD COLUMN lease_tot TEXT NULL;
