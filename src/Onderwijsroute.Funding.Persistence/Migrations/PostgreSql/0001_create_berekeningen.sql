-- PostgreSQL twin of ../0001 (docs/operations.md): every calculation the API answered, as it was answered.
-- The documents are 'json', not 'jsonb': json keeps the text exactly as answered (a later GET returns it byte for byte),
-- and the list reads regeling and jaar with ->> all the same.
CREATE TABLE berekeningen (
    id               text        NOT NULL PRIMARY KEY,
    soort            text        NOT NULL,
    verzoek_json     text        NOT NULL,
    parameter_versie text        NOT NULL,
    resultaat_json   json        NOT NULL,
    aangemaakt_op    timestamptz NOT NULL
);

CREATE INDEX ix_berekeningen_soort_aangemaakt_op ON berekeningen (soort, aangemaakt_op, id);
