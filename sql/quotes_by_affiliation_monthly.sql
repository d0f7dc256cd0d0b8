-- Quote volume by the speaker's side per month: direct and indirect statements of each affiliation (unknown when no side is stated).
SELECT q.pub_month AS month,
       coalesce(q.speaker_affiliation, 'unknown') AS affiliation,
       count(*) AS quotes,
       sum(CASE WHEN q.kind = 'direct' THEN 1 ELSE 0 END) AS direct,
       sum(CASE WHEN q.kind = 'indirect' THEN 1 ELSE 0 END) AS indirect
FROM rhetoric.quotes q
GROUP BY q.pub_month, coalesce(q.speaker_affiliation, 'unknown')
ORDER BY month, quotes DESC, affiliation
