// Archive search in PostgreSQL full text, `indonesian` configuration (Snowball's Indonesian
// stemmer): headline words weigh A, body words B, so a headline match ranks first. Ranking reads
// each candidate's whole tsvector, so only a bounded set is ranked: the newest headline matches
// and the newest matches anywhere (decision 0023), each ranked in the scan that found it, and only
// the best `limit` are joined back for their summaries. PostgreSQL writes the answer's JSON
// itself (decision 0028): the server neither parses twenty articles nor serialises their summaries.
import type { Db } from './db'

export const SEARCH_CANDIDATES = 200

/** The shared `summarise(article)`, in SQL: what a hit shows, without the body. */
const SUMMARY = `json_build_object('id', a.id, 'headline', a.content->'headline', 'section', a.content->'section', 'status', a.status,
  'penulis', a.content->'penulis', 'updatedAt', a.content->'updatedAt', 'rev', a.rev, 'published', a.content->'published')`

/** The search answer as JSON text, `{"hits":[{"article":ArticleSummary,"rank":n}…]}`. */
export async function searchArchiveText(db: Db, q: string, limit: number): Promise<string> {
  const { rows } = await db.query<{ body: string }>(
    // The tsquery is written out in each part, not shared through a CTE: the planner then
    // estimates how common the words are and walks the updated_at index for a common one.
    `with head as (select id, updated_at, search from articles
                    where headline_search @@ websearch_to_tsquery('indonesian', $1) and status <> 'spiked' order by updated_at desc limit $3),
     body as (select id, updated_at, search from articles
               where search @@ websearch_to_tsquery('indonesian', $1) and status <> 'spiked' order by updated_at desc limit $3),
     best as (select id, max(updated_at) as updated_at, max(ts_rank(search, websearch_to_tsquery('indonesian', $1))) as rank
                from (select * from head union all select * from body) c group by id order by rank desc, updated_at desc limit $2)
     select json_build_object('hits', coalesce(json_agg(json_build_object('article', ${SUMMARY}, 'rank', b.rank) order by b.rank desc, b.updated_at desc), '[]'))::text as body
       from best b join articles a using (id)`,
    [q, limit, SEARCH_CANDIDATES]
  )
  return rows[0]!.body
}
