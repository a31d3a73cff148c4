-- vnpipe tables for SQLite (and PostgreSQL: the same statements work).
-- Columns follow the record fields of doc/FORMATS.md, in to-tsv's order.
CREATE TABLE IF NOT EXISTS citations (
    doc TEXT, line INTEGER, start INTEGER, "end" INTEGER, text TEXT, kind TEXT,
    id TEXT, system TEXT, type TEXT, type_code TEXT, number TEXT, year INTEGER,
    issuer TEXT, date TEXT, issuer_name TEXT
);
CREATE TABLE IF NOT EXISTS metrics (
    doc TEXT, line INTEGER, start INTEGER, "end" INTEGER, text TEXT, kind TEXT,
    value REAL, low REAL, high REAL, "of" REAL, "from" REAL, "to" REAL,
    unit TEXT, subject TEXT, year INTEGER
);
-- Which input files are loaded, by content, so that a file is loaded once.
CREATE TABLE IF NOT EXISTS loaded_files (
    sha256 TEXT PRIMARY KEY, path TEXT, loaded_at TEXT
);
