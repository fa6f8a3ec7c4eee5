-- Forecasts a gemeente keeps (prognoses): the input as last saved, the parameter version and the result computed
-- with it. 'versie' grows by one on every replace; it is the ETag, so a writer with a stale tag changes nothing.
CREATE TABLE prognoses (
    id               TEXT    NOT NULL PRIMARY KEY,
    gemeente_code    TEXT    NOT NULL,
    naam             TEXT    NOT NULL,
    versie           INTEGER NOT NULL,
    verzoek_json     TEXT    NOT NULL,
    parameter_versie TEXT    NOT NULL,
    resultaat_json   TEXT    NOT NULL,
    aangemaakt_op    TEXT    NOT NULL,
    gewijzigd_op     TEXT    NOT NULL
);

CREATE INDEX ix_prognoses_gemeente_code ON prognoses (gemeente_code, gewijzigd_op);
