-- Each parameter version the service has run with, with a snapshot of all parameters, so that a stored
-- calculation's parameter version can be traced to its values after the parameter files change.
CREATE TABLE parameter_versies (
    versie           TEXT NOT NULL PRIMARY KEY,
    inhoud_json      TEXT NOT NULL,
    eerst_geladen_op TEXT NOT NULL
);
