// Archive search in PostgreSQL full text, `indonesian` configuration (Snowball's Indonesian
// stemmer): headline words weigh A, body words B, so a headline match ranks first. Ranking reads
// each candidate's whole tsvector, so only a bounded set is ranked: the newest headline matches
// and the newest matches anywhere (decision 0023). A rare word ranks all its matches; a word in
// half the archive ranks its newest few hundred.
import { summarise, type Article, type ArticleSummary } from '../../shared/article'
import type { Db } from './db'

export const SEARCH_CANDIDATES = 200

export async function searchArchive(db: Db, q: string, limit: number): Promise<{ article: ArticleSummary; rank: number }[]> {
  const { rows } = await db.query<{ content: Article; rank: number }>(
    // The tsquery is written out in each part, not shared through a CTE: the planner then
    // estimates how common the words are and walks the updated_at index for a common one.
    `with head as (select id from articles where headline_search @@ websearch_to_tsquery('indonesian', $1) and status <> 'spiked' order by updated_at desc limit $3),
     body as (select id from articles where search @@ websearch_to_tsquery('indonesian', $1) and status <> 'spiked' order by updated_at desc limit $3),
     candidates as (select id from head union select id from body)
     select a.content, ts_rank(a.search, websearch_to_tsquery('indonesian', $1)) as rank
       from candidates join articles a using (id)
      order by rank desc, a.updated_at desc
      limit $2`,
    [q, limit, SEARCH_CANDIDATES]
  )
  return rows.map((r) => ({ article: summarise(r.content), rank: Number(r.rank) }))
}
