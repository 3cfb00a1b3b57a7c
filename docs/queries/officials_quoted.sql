-- What officials said about withdrawals and suspensions: each quote of an
-- official the event names, with the words and where they stand.
SELECT e.doc_id, actor.name AS actor, treaty.name AS treaty, e.type,
       q.speaker_name, q.speaker_title, q.kind, q.text, q.start_byte
FROM events e
JOIN entities actor ON actor.id = e.actor_id
JOIN entities treaty ON treaty.id = e.treaty_id
JOIN event_officials o ON o.doc_id = e.doc_id AND o.event_id = e.id
JOIN quotes q ON q.doc_id = o.doc_id AND q.speaker_name = o.name
WHERE e.type IN ('withdraw', 'suspend')
ORDER BY e.doc_id, e.id, q.start_byte;
