-- A run and an analysis keep their own copy of the scenario they computed (issue 14), so replacing or deleting a
-- scenario leaves its history intact: the references to scenarios (id) go, each row gets the scenario's name, and an
-- analysis gets the scenario's input (a run had it already), from which it is resumed after a restart. SQLite drops a
-- foreign key only by rebuilding the table; the statements are plain SQL that other engines run as well. Scenarios
-- could not change before this version, so their present name and input are the ones the rows were computed with.
CREATE TABLE doorrekeningen_nieuw (
    id                TEXT NOT NULL PRIMARY KEY,
    scenario_id       TEXT NOT NULL,
    scenario_naam     TEXT NOT NULL,
    engine_versie     TEXT NOT NULL,
    parameter_versie  TEXT NOT NULL,
    invoer_hash       TEXT NOT NULL,
    invoer_json       TEXT NOT NULL,
    resultaat_json    TEXT NOT NULL,
    gemeenten_json    TEXT NOT NULL,
    aangemaakt_op     TEXT NOT NULL
);

INSERT INTO doorrekeningen_nieuw (id, scenario_id, scenario_naam, engine_versie, parameter_versie, invoer_hash, invoer_json, resultaat_json, gemeenten_json, aangemaakt_op)
SELECT d.id, d.scenario_id, coalesce(s.naam, d.scenario_id), d.engine_versie, d.parameter_versie, d.invoer_hash, d.invoer_json, d.resultaat_json, d.gemeenten_json, d.aangemaakt_op
FROM doorrekeningen d LEFT JOIN scenarios s ON s.id = d.scenario_id;

DROP TABLE doorrekeningen;
ALTER TABLE doorrekeningen_nieuw RENAME TO doorrekeningen;
CREATE INDEX ix_doorrekeningen_scenario ON doorrekeningen (scenario_id, aangemaakt_op);
CREATE INDEX ix_doorrekeningen_aangemaakt_op ON doorrekeningen (aangemaakt_op, id);

CREATE TABLE onzekerheidsanalyses_nieuw (
    id                TEXT NOT NULL PRIMARY KEY,
    scenario_id       TEXT NOT NULL,
    scenario_naam     TEXT NOT NULL,
    engine_versie     TEXT NOT NULL,
    parameter_versie  TEXT NOT NULL,
    invoer_hash       TEXT NOT NULL,
    invoer_json       TEXT NOT NULL,
    instellingen_json TEXT NOT NULL,
    status            TEXT NOT NULL,
    trekkingen        INTEGER NOT NULL,
    trekkingen_gedaan INTEGER NOT NULL,
    resultaat_json    TEXT NULL,
    aangemaakt_op     TEXT NOT NULL,
    afgerond_op       TEXT NULL,
    sleutel_id        TEXT NULL,
    reden             TEXT NULL
);

INSERT INTO onzekerheidsanalyses_nieuw (id, scenario_id, scenario_naam, engine_versie, parameter_versie, invoer_hash, invoer_json, instellingen_json, status, trekkingen, trekkingen_gedaan, resultaat_json, aangemaakt_op, afgerond_op, sleutel_id, reden)
SELECT a.id, a.scenario_id, coalesce(s.naam, a.scenario_id), a.engine_versie, a.parameter_versie, a.invoer_hash, coalesce(s.invoer_json, '{}'), a.instellingen_json, a.status, a.trekkingen, a.trekkingen_gedaan, a.resultaat_json, a.aangemaakt_op, a.afgerond_op, a.sleutel_id, a.reden
FROM onzekerheidsanalyses a LEFT JOIN scenarios s ON s.id = a.scenario_id;

DROP TABLE onzekerheidsanalyses;
ALTER TABLE onzekerheidsanalyses_nieuw RENAME TO onzekerheidsanalyses;
CREATE INDEX ix_onzekerheidsanalyses_status ON onzekerheidsanalyses (status, sleutel_id);
CREATE INDEX ix_onzekerheidsanalyses_scenario ON onzekerheidsanalyses (scenario_id, aangemaakt_op);
CREATE INDEX ix_onzekerheidsanalyses_aangemaakt_op ON onzekerheidsanalyses (aangemaakt_op, id);
