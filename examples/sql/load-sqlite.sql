-- Load the TSVs into SQLite:
--   sqlite3 vn.db < examples/sql/schema.sql
--   sqlite3 vn.db < examples/sql/load-sqlite.sql
-- .import keeps to-tsv's escapes (\t, \n) as written; empty cells are
-- made null so that year IS NULL means "no year stated".
.bail on
.mode tabs
.import --skip 1 citations.tsv citations
.import --skip 1 metrics.tsv metrics
UPDATE citations SET "type" = NULL WHERE "type" = '';
UPDATE citations SET "type_code" = NULL WHERE "type_code" = '';
UPDATE citations SET "number" = NULL WHERE "number" = '';
UPDATE citations SET "year" = NULL WHERE "year" = '';
UPDATE citations SET "issuer" = NULL WHERE "issuer" = '';
UPDATE citations SET "date" = NULL WHERE "date" = '';
UPDATE citations SET "issuer_name" = NULL WHERE "issuer_name" = '';
UPDATE citations SET "system" = NULL WHERE "system" = '';
UPDATE metrics SET "value" = NULL WHERE "value" = '';
UPDATE metrics SET "low" = NULL WHERE "low" = '';
UPDATE metrics SET "high" = NULL WHERE "high" = '';
UPDATE metrics SET "of" = NULL WHERE "of" = '';
UPDATE metrics SET "from" = NULL WHERE "from" = '';
UPDATE metrics SET "to" = NULL WHERE "to" = '';
UPDATE metrics SET "unit" = NULL WHERE "unit" = '';
UPDATE metrics SET "subject" = NULL WHERE "subject" = '';
UPDATE metrics SET "year" = NULL WHERE "year" = '';
