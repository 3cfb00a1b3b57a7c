-- Every withdrawal from an arms-control treaty since 2020, with the NGOs that
-- opposed it (opposed_by is empty for a withdrawal no NGO opposed). The date
-- is the event's own when the text gives a calendar date, else the article's.
WITH withdrawals AS (
  SELECT e.doc_id, e.id, e.modality, actor.name AS actor, treaty.name AS treaty,
         CASE WHEN substr(e.date_value, 1, 1) BETWEEN '0' AND '9'
              THEN e.date_value ELSE d.dct END AS happened
  FROM events e
  JOIN documents d ON d.id = e.doc_id
  JOIN entities actor ON actor.id = e.actor_id
  JOIN entities treaty ON treaty.id = e.treaty_id
  JOIN treaties t ON t.code = treaty.code
  WHERE e.type = 'withdraw' AND e.modality IN ('asserted', 'planned')
    AND t.area = 'arms_control'),
opposition AS (
  SELECT er.doc_id, er.event_id, ngo.name
  FROM event_reactions er
  JOIN reactions r ON r.doc_id = er.doc_id AND r.id = er.reaction_id
  JOIN entities ngo ON ngo.id = r.org_id
  WHERE r.stance = 'oppose' AND ngo.kind = 'ngo')
SELECT DISTINCT w.happened, w.actor, w.treaty, w.modality,
       o.name AS opposed_by, w.doc_id
FROM withdrawals w
LEFT JOIN opposition o ON o.doc_id = w.doc_id AND o.event_id = w.id
WHERE w.happened >= '2020'
ORDER BY w.happened, w.actor, opposed_by NULLS LAST;
