-- A unit's figures by year: every percent, count and rank stated for a
-- year, e.g. to follow "hồ sơ" or "thủ tục" over time.
SELECT year, kind, unit, value, "of", doc, text
FROM metrics
WHERE year IS NOT NULL AND year <> '' AND unit LIKE '%' || :unit || '%'
ORDER BY year, kind, doc;
