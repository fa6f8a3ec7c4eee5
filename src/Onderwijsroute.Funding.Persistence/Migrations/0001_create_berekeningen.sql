-- Every calculation the API answered, as it was answered: inputs, parameter version and result (audit trail).
CREATE TABLE berekeningen (
    id               TEXT NOT NULL PRIMARY KEY,
    soort            TEXT NOT NULL,
    verzoek_json     TEXT NOT NULL,
    parameter_versie TEXT NOT NULL,
    resultaat_json   TEXT NOT NULL,
    aangemaakt_op    TEXT NOT NULL
);

CREATE INDEX ix_berekeningen_soort_aangemaakt_op ON berekeningen (soort, aangemaakt_op, id);
