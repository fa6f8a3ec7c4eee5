-- API keys (issue 6): only a salted hash of the secret is kept; 'id' is the non-secret part of the key used to find
-- the row. 'scope' is the CBS code a gemeente or regio key is limited to (NULL for ministerie and beheer).
CREATE TABLE api_sleutels (
    id              TEXT NOT NULL PRIMARY KEY,
    naam            TEXT NOT NULL,
    rol             TEXT NOT NULL,
    scope           TEXT NULL,
    zout            BLOB NOT NULL,
    hash            BLOB NOT NULL,
    aangemaakt_op   TEXT NOT NULL,
    verloopt_op     TEXT NULL,
    ingetrokken_op  TEXT NULL
);

-- Every write the API acknowledged: who (key id and name, or anoniem), what (method, path, status), when.
CREATE TABLE auditlog (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    tijdstip      TEXT    NOT NULL,
    sleutel_id    TEXT    NULL,
    sleutel_naam  TEXT    NULL,
    rol           TEXT    NULL,
    methode       TEXT    NOT NULL,
    pad           TEXT    NOT NULL,
    status        INTEGER NOT NULL
);

CREATE INDEX ix_auditlog_tijdstip ON auditlog (tijdstip);
