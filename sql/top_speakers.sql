-- Who speaks most: speakers by number of quotes, with their actor when linked (one actor however the articles name it).
-- param limit = 20 : how many speakers
SELECT coalesce(e.canonical_name, q.speaker) AS speaker,
       q.speaker_entity_id AS entity_id,
       max(q.speaker_affiliation) AS affiliation,
       count(*) AS quotes,
       count(DISTINCT q.article_id) AS articles
FROM rhetoric.quotes q
LEFT JOIN rhetoric.entities e ON e.entity_id = q.speaker_entity_id
GROUP BY coalesce(e.canonical_name, q.speaker), q.speaker_entity_id
ORDER BY quotes DESC, speaker, entity_id NULLS LAST
LIMIT {{limit}}
