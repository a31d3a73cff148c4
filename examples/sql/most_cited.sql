-- The documents cited most often, with how many reports cite them.
SELECT id, type, count(*) AS mentions, count(DISTINCT doc) AS reports,
       min(date) AS issued
FROM citations
GROUP BY id, type
ORDER BY mentions DESC, id
LIMIT 20;
