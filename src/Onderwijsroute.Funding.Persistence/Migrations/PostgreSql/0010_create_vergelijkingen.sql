-- PostgreSQL twin of ../0010: stored comparisons, one row per compared run in the order asked.
CREATE TABLE vergelijkingen (
    id                text        NOT NULL PRIMARY KEY,
    engine_versie     text        NOT NULL,
    parameter_versie  text        NOT NULL,
    verzoek_json      text        NOT NULL,
    resultaat_json    text        NOT NULL,
    aangemaakt_op     timestamptz NOT NULL
);

CREATE INDEX ix_vergelijkingen_aangemaakt_op ON vergelijkingen (aangemaakt_op, id);

CREATE TABLE vergelijking_doorrekeningen (
    vergelijking_id   text    NOT NULL REFERENCES vergelijkingen (id),
    positie           integer NOT NULL,
    doorrekening_id   text    NOT NULL,
    scenario_id       text    NOT NULL,
    scenario_naam     text    NOT NULL,
    PRIMARY KEY (vergelijking_id, positie)
);

CREATE INDEX ix_vergelijking_doorrekeningen_doorrekening ON vergelijking_doorrekeningen (doorrekening_id);
CREATE INDEX ix_vergelijking_doorrekeningen_scenario ON vergelijking_doorrekeningen (scenario_id);
