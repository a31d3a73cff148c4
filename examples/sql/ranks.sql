-- Every stated rank and rank change, newest year first: the PAR Index view.
SELECT year, kind, value, "of", doc, text
FROM metrics
WHERE kind IN ('rank', 'rank_change')
ORDER BY year DESC, doc, line;
