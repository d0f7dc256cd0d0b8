-- Who relays whom: statements reported through a medium (reported_via), by medium and original speaker.
SELECT q.reported_via AS medium,
       q.speaker,
       q.speaker_affiliation AS affiliation,
       count(*) AS quotes
FROM rhetoric.quotes q
WHERE q.reported_via IS NOT NULL
GROUP BY q.reported_via, q.speaker, q.speaker_affiliation
ORDER BY quotes DESC, medium, speaker, affiliation NULLS LAST
