-- Comparisons of runs are stored (issue 14), so they can be listed and read again like every other result: the
-- request as received, the engine and parameter version the runs were repeated with, and the answer as given. One row
-- per compared run, in the order asked, so that the list can be filtered by scenario or run.
CREATE TABLE vergelijkingen (
    id                TEXT NOT NULL PRIMARY KEY,
    engine_versie     TEXT NOT NULL,
    parameter_versie  TEXT NOT NULL,
    verzoek_json      TEXT NOT NULL,
    resultaat_json    TEXT NOT NULL,
    aangemaakt_op     TEXT NOT NULL
);

CREATE INDEX ix_vergelijkingen_aangemaakt_op ON vergelijkingen (aangemaakt_op, id);

CREATE TABLE vergelijking_doorrekeningen (
    vergelijking_id   TEXT NOT NULL REFERENCES vergelijkingen (id),
    positie           INTEGER NOT NULL,
    doorrekening_id   TEXT NOT NULL,
    scenario_id       TEXT NOT NULL,
    scenario_naam     TEXT NOT NULL,
    PRIMARY KEY (vergelijking_id, positie)
);

CREATE INDEX ix_vergelijking_doorrekeningen_doorrekening ON vergelijking_doorrekeningen (doorrekening_id);
CREATE INDEX ix_vergelijking_doorrekeningen_scenario ON vergelijking_doorrekeningen (scenario_id);
