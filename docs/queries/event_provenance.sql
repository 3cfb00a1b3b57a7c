-- Where each fact about Lithuania came from: the article, the sentence's
-- bytes, the trigger's words and bytes, and the rule that matched.
SELECT d.source, e.id AS event, e.type, e.modality, treaty.name AS treaty,
       m.sentence_start, m.sentence_end, m.trigger_text, m.trigger_start,
       m.trigger_end, m.rule
FROM events e
JOIN documents d ON d.id = e.doc_id
JOIN entities actor ON actor.id = e.actor_id
JOIN entities treaty ON treaty.id = e.treaty_id
JOIN event_mentions m ON m.doc_id = e.doc_id AND m.event_id = e.id
WHERE actor.code = 'LTU'
ORDER BY d.source, e.id, m.ordinal;
