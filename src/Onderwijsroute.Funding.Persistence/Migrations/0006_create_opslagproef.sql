-- A single row the service rewrites to learn whether the store takes writes again after it was full or unwritable
-- (issue 11): the test write of the storage monitor. It holds no data of its own.
CREATE TABLE opslagproef (
    id        INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    tijdstip  TEXT NOT NULL
);
