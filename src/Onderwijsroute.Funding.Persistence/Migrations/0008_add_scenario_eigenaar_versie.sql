-- Scenarios as documents that live (issue 14): who owns a scenario (its name is unique per owner; 'systeem' owns the
-- ready scenarios; NULL for a scenario stored before version 1.1 of the API, whose owner was not recorded), its
-- version (the ETag a replace or delete must name, as for forecasts), when it last changed, and the scenario it was
-- based on. NULLs are distinct in a unique index, so the scenarios of unknown owner keep the names they had.
ALTER TABLE scenarios ADD COLUMN eigenaar TEXT NULL;
ALTER TABLE scenarios ADD COLUMN versie INTEGER NOT NULL DEFAULT 1;
ALTER TABLE scenarios ADD COLUMN gewijzigd_op TEXT NULL;
ALTER TABLE scenarios ADD COLUMN basis_scenario_id TEXT NULL;

UPDATE scenarios SET gewijzigd_op = aangemaakt_op;
UPDATE scenarios SET eigenaar = 'systeem' WHERE kant_en_klaar = 1;

CREATE UNIQUE INDEX ux_scenarios_eigenaar_naam ON scenarios (eigenaar, naam);
