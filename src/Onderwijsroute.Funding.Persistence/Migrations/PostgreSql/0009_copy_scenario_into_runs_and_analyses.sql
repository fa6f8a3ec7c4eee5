-- PostgreSQL twin of ../0009: runs and analyses keep their own copy of the scenario (name; an analysis also its input)
-- and lose their reference to scenarios. PostgreSQL drops a foreign key in place, so no table is rebuilt.
ALTER TABLE doorrekeningen DROP CONSTRAINT IF EXISTS doorrekeningen_scenario_id_fkey;
ALTER TABLE doorrekeningen ADD COLUMN scenario_naam text NULL;
UPDATE doorrekeningen d SET scenario_naam = coalesce((SELECT s.naam FROM scenarios s WHERE s.id = d.scenario_id), d.scenario_id);
ALTER TABLE doorrekeningen ALTER COLUMN scenario_naam SET NOT NULL;
CREATE INDEX ix_doorrekeningen_aangemaakt_op ON doorrekeningen (aangemaakt_op, id);

ALTER TABLE onzekerheidsanalyses DROP CONSTRAINT IF EXISTS onzekerheidsanalyses_scenario_id_fkey;
ALTER TABLE onzekerheidsanalyses ADD COLUMN scenario_naam text NULL;
ALTER TABLE onzekerheidsanalyses ADD COLUMN invoer_json text NULL;
UPDATE onzekerheidsanalyses a
SET scenario_naam = coalesce((SELECT s.naam FROM scenarios s WHERE s.id = a.scenario_id), a.scenario_id),
    invoer_json = coalesce((SELECT s.invoer_json FROM scenarios s WHERE s.id = a.scenario_id), '{}');
ALTER TABLE onzekerheidsanalyses ALTER COLUMN scenario_naam SET NOT NULL;
ALTER TABLE onzekerheidsanalyses ALTER COLUMN invoer_json SET NOT NULL;
CREATE INDEX ix_onzekerheidsanalyses_scenario ON onzekerheidsanalyses (scenario_id, aangemaakt_op);
CREATE INDEX ix_onzekerheidsanalyses_aangemaakt_op ON onzekerheidsanalyses (aangemaakt_op, id);
