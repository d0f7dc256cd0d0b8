-- One rhetoric term week by week, by the side of the speakers who use it (terms in quotes), from the rhetoric_weekly aggregate: a line per side.
-- param term = 沟通 : the lexicon term in Simplified script (rhetoric_hits.term), e.g. 管控分歧, 脱钩, 遏制
SELECT w.week_start AS week,
       coalesce(w.side, 'unknown') AS side,
       sum(w.hits) AS uses,
       sum(w.polarity_sum) AS polarity
FROM rhetoric.rhetoric_weekly w
WHERE w.in_quote AND w.term = '{{term}}'
GROUP BY w.week_start, coalesce(w.side, 'unknown')
ORDER BY week, side
