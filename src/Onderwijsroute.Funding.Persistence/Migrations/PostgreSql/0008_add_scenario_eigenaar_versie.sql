-- PostgreSQL twin of ../0008: a scenario's owner, version, last change and base; names unique per owner (NULLs are
-- distinct in a unique index, so scenarios of unknown owner keep their names).
ALTER TABLE scenarios ADD COLUMN eigenaar text NULL;
ALTER TABLE scenarios ADD COLUMN versie bigint NOT NULL DEFAULT 1;
ALTER TABLE scenarios ADD COLUMN gewijzigd_op timestamptz NULL;
ALTER TABLE scenarios ADD COLUMN basis_scenario_id text NULL;

UPDATE scenarios SET gewijzigd_op = aangemaakt_op;
UPDATE scenarios SET eigenaar = 'systeem' WHERE kant_en_klaar;

CREATE UNIQUE INDEX ux_scenarios_eigenaar_naam ON scenarios (eigenaar, naam);
