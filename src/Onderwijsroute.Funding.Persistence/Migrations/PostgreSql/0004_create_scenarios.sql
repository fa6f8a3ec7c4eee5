-- PostgreSQL twin of ../0004: scenarios, their deterministic runs and their uncertainty analyses.
CREATE TABLE scenarios (
    id                text        NOT NULL PRIMARY KEY,
    naam              text        NOT NULL,
    omschrijving      text        NOT NULL,
    invoer_json       text        NOT NULL,
    invoer_hash       text        NOT NULL,
    parameter_versie  text        NOT NULL,
    kant_en_klaar     boolean     NOT NULL,
    aangemaakt_op     timestamptz NOT NULL
);

CREATE INDEX ix_scenarios_aangemaakt_op ON scenarios (aangemaakt_op, id);

CREATE TABLE doorrekeningen (
    id                text        NOT NULL PRIMARY KEY,
    scenario_id       text        NOT NULL REFERENCES scenarios (id),
    engine_versie     text        NOT NULL,
    parameter_versie  text        NOT NULL,
    invoer_hash       text        NOT NULL,
    invoer_json       text        NOT NULL,
    resultaat_json    json        NOT NULL,
    gemeenten_json    json        NOT NULL,
    aangemaakt_op     timestamptz NOT NULL
);

CREATE INDEX ix_doorrekeningen_scenario ON doorrekeningen (scenario_id, aangemaakt_op);

CREATE TABLE onzekerheidsanalyses (
    id                text        NOT NULL PRIMARY KEY,
    scenario_id       text        NOT NULL REFERENCES scenarios (id),
    engine_versie     text        NOT NULL,
    parameter_versie  text        NOT NULL,
    invoer_hash       text        NOT NULL,
    instellingen_json text        NOT NULL,
    status            text        NOT NULL,
    trekkingen        integer     NOT NULL,
    trekkingen_gedaan integer     NOT NULL,
    resultaat_json    json        NULL,
    aangemaakt_op     timestamptz NOT NULL,
    afgerond_op       timestamptz NULL
);
