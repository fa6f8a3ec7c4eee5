-- PostgreSQL twin of ../0002: each parameter version the service has run with, with a snapshot of all parameters.
CREATE TABLE parameter_versies (
    versie           text        NOT NULL PRIMARY KEY,
    inhoud_json      json        NOT NULL,
    eerst_geladen_op timestamptz NOT NULL
);
