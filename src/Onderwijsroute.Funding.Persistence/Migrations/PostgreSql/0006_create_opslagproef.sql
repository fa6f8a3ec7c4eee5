-- PostgreSQL twin of ../0006: the single row the storage monitor rewrites to learn whether the store takes writes again.
CREATE TABLE opslagproef (
    id        integer     NOT NULL PRIMARY KEY CHECK (id = 1),
    tijdstip  text        NOT NULL
);
