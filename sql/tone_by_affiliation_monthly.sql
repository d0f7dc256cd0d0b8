-- Tone of quoted statements by the speaker's side per month: the mean tone of the quotes that carry rhetoric (negative is confrontational), and how many there are.
SELECT q.pub_month AS month,
       coalesce(q.speaker_affiliation, 'unknown') AS affiliation,
       count(*) AS quotes_with_rhetoric,
       avg(q.tone) AS mean_tone
FROM rhetoric.quotes q
WHERE q.rhetoric_hit_count > 0
GROUP BY q.pub_month, coalesce(q.speaker_affiliation, 'unknown')
ORDER BY month, affiliation
