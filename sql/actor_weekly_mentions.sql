-- Weekly mentions of one actor: how many mentions and articles name it, week by week (weeks start on Monday, UTC).
-- param entity_id = Q30 : the actor, as entity_mentions.entity_id (Q30 the United States, Q148 China, rl:person/wang-yi)
SELECT CAST(date_trunc('week', m.published_at) AS DATE) AS week,
       count(*) AS mentions,
       count(DISTINCT m.article_id) AS articles
FROM rhetoric.entity_mentions m
WHERE m.entity_id = '{{entity_id}}'
  AND m.published_at IS NOT NULL
GROUP BY CAST(date_trunc('week', m.published_at) AS DATE)
ORDER BY week
