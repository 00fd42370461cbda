-- Up Migration
-- applied_changes kept each first answer whole, so every applied save wrote its article a third
-- time (after the article row and its revision). Now it keeps the answer without the article and
-- a reference to it: `rev`, the revision of `article_id` the answer carried (the applied article,
-- or the server's version of a conflict), which article_revisions holds for ever. The seq lives
-- in the `seq` column only. A replay rebuilds the very same answer (src/server/sync/applied.ts, decision 0027).
alter table applied_changes add column rev integer;
update applied_changes
   set rev = (result #>> '{entry,article,rev}')::integer, result = result #- '{entry,article}' #- '{entry,seq}'
 where result ->> 'status' = 'applied' and result #>> '{entry,kind}' = 'article';
update applied_changes
   set result = result #- '{entry,seq}'
 where result ->> 'status' = 'applied' and result #>> '{entry,kind}' = 'note';
update applied_changes
   set rev = (result #>> '{server,rev}')::integer, result = result - 'server'
 where result ->> 'status' = 'conflict';

-- The seq of a push is taken once, at the end of its transaction (decision 0026); until then its
-- rows carry a pending number, negative and unique (a unique index would make two pushes wait on
-- each other's equal placeholders), from this sequence, which never blocks.
create sequence sync_pending;

-- Down Migration
drop sequence sync_pending;
update applied_changes c
   set result = jsonb_set(jsonb_set(c.result, '{entry,seq}', to_jsonb(c.seq)), '{entry,article}', r.article)
  from article_revisions r
 where r.article_id = c.article_id and r.rev = c.rev
   and c.result ->> 'status' = 'applied' and c.result #>> '{entry,kind}' = 'article';
update applied_changes
   set result = jsonb_set(result, '{entry,seq}', to_jsonb(seq))
 where result ->> 'status' = 'applied' and result #>> '{entry,kind}' = 'note';
update applied_changes c
   set result = c.result || jsonb_build_object('server', r.article)
  from article_revisions r
 where r.article_id = c.article_id and r.rev = c.rev and c.result ->> 'status' = 'conflict';
alter table applied_changes drop column rev;
