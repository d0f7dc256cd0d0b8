-- Actors named in the same article, per month: pairs of people, organisations and places, by the number of articles that name both.
-- param min_articles = 1 : the least number of articles a pair needs to be listed
WITH named AS (
  SELECT DISTINCT article_id, pub_month, entity_id
  FROM rhetoric.entity_mentions
  WHERE entity_id IS NOT NULL AND type IN ('PERSON', 'ORGANIZATION', 'GPE')
)
SELECT x.pub_month AS month,
       ex.canonical_name AS actor_a,
       ey.canonical_name AS actor_b,
       count(*) AS articles
FROM named x
JOIN named y ON x.article_id = y.article_id AND x.entity_id < y.entity_id
JOIN rhetoric.entities ex ON ex.entity_id = x.entity_id
JOIN rhetoric.entities ey ON ey.entity_id = y.entity_id
GROUP BY x.pub_month, ex.canonical_name, ey.canonical_name
HAVING count(*) >= {{min_articles}}
ORDER BY month, articles DESC, actor_a, actor_b
