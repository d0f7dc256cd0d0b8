-- The rhetoric each side uses: lexicon terms in quotes by the speaker's side, most frequent first.
-- param limit = 30 : how many rows
SELECT coalesce(h.speaker_affiliation, 'unknown') AS affiliation,
       h.term,
       h.category,
       count(*) AS uses,
       sum(CASE WHEN h.negated THEN 1 ELSE 0 END) AS negated
FROM rhetoric.rhetoric_hits h
WHERE h.quote_id IS NOT NULL
GROUP BY coalesce(h.speaker_affiliation, 'unknown'), h.term, h.category
ORDER BY uses DESC, affiliation, h.term, h.category
LIMIT {{limit}}
