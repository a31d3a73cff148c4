-- Load the TSVs into PostgreSQL (15 or later) with psql:
--   psql -d vn -f examples/sql/schema.sql -f examples/sql/load-postgres.sql
-- COPY's text format decodes the \t \n \r \\ escapes to-tsv writes; an
-- empty cell is null.
\copy citations FROM 'citations.tsv' (FORMAT text, HEADER true, NULL '')
\copy metrics FROM 'metrics.tsv' (FORMAT text, HEADER true, NULL '')
