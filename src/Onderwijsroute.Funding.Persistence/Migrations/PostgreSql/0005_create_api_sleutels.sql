-- PostgreSQL twin of ../0005: API keys (salted hashes only) and the audit log of acknowledged writes.
CREATE TABLE api_sleutels (
    id              text        NOT NULL PRIMARY KEY,
    naam            text        NOT NULL,
    rol             text        NOT NULL,
    scope           text        NULL,
    zout            bytea       NOT NULL,
    hash            bytea       NOT NULL,
    aangemaakt_op   timestamptz NOT NULL,
    verloopt_op     timestamptz NULL,
    ingetrokken_op  timestamptz NULL
);

CREATE TABLE auditlog (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tijdstip      timestamptz NOT NULL,
    sleutel_id    text        NULL,
    sleutel_naam  text        NULL,
    rol           text        NULL,
    methode       text        NOT NULL,
    pad           text        NOT NULL,
    status        integer     NOT NULL
);

CREATE INDEX ix_auditlog_tijdstip ON auditlog (tijdstip);
