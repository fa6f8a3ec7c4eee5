-- Scenarios of SZW (issue 5): the scenario as given, its deterministic runs and its Monte Carlo analyses, each stored
-- with the engine version, the parameter version and the input hash, so that a run can be repeated exactly.
CREATE TABLE scenarios (
    id                TEXT NOT NULL PRIMARY KEY,
    naam              TEXT NOT NULL,
    omschrijving      TEXT NOT NULL,
    invoer_json       TEXT NOT NULL,
    invoer_hash       TEXT NOT NULL,
    parameter_versie  TEXT NOT NULL,
    kant_en_klaar     INTEGER NOT NULL,
    aangemaakt_op     TEXT NOT NULL
);

CREATE INDEX ix_scenarios_aangemaakt_op ON scenarios (aangemaakt_op, id);

CREATE TABLE doorrekeningen (
    id                TEXT NOT NULL PRIMARY KEY,
    scenario_id       TEXT NOT NULL REFERENCES scenarios (id),
    engine_versie     TEXT NOT NULL,
    parameter_versie  TEXT NOT NULL,
    invoer_hash       TEXT NOT NULL,
    invoer_json       TEXT NOT NULL,
    resultaat_json    TEXT NOT NULL,
    gemeenten_json    TEXT NOT NULL,
    aangemaakt_op     TEXT NOT NULL
);

CREATE INDEX ix_doorrekeningen_scenario ON doorrekeningen (scenario_id, aangemaakt_op);

CREATE TABLE onzekerheidsanalyses (
    id                TEXT NOT NULL PRIMARY KEY,
    scenario_id       TEXT NOT NULL REFERENCES scenarios (id),
    engine_versie     TEXT NOT NULL,
    parameter_versie  TEXT NOT NULL,
    invoer_hash       TEXT NOT NULL,
    instellingen_json TEXT NOT NULL,
    status            TEXT NOT NULL,
    trekkingen        INTEGER NOT NULL,
    trekkingen_gedaan INTEGER NOT NULL,
    resultaat_json    TEXT NULL,
    aangemaakt_op     TEXT NOT NULL,
    afgerond_op       TEXT NULL
);
