-- PostgreSQL twin of ../0003: forecasts a gemeente keeps; 'versie' grows by one on every replace and is the ETag.
CREATE TABLE prognoses (
    id               text        NOT NULL PRIMARY KEY,
    gemeente_code    text        NOT NULL,
    naam             text        NOT NULL,
    versie           bigint      NOT NULL,
    verzoek_json     text        NOT NULL,
    parameter_versie text        NOT NULL,
    resultaat_json   json        NOT NULL,
    aangemaakt_op    timestamptz NOT NULL,
    gewijzigd_op     timestamptz NOT NULL
);

CREATE INDEX ix_prognoses_gemeente_code ON prognoses (gemeente_code, gewijzigd_op);
