// Archive search in PostgreSQL full text, `indonesian` configuration (Snowball's Indonesian
// stemmer): headline words weigh A, body words B, so a headline match ranks first.
import { summarise, type Article, type ArticleSummary } from '../../shared/article'
import type { Db } from './db'

export async function searchArchive(db: Db, q: string, limit: number): Promise<{ article: ArticleSummary; rank: number }[]> {
  const { rows } = await db.query<{ content: Article; rank: number }>(
    `select content, ts_rank(search, query) as rank
       from articles, websearch_to_tsquery('indonesian', $1) as query
      where search @@ query and status <> 'spiked'
      order by rank desc, updated_at desc
      limit $2`,
    [q, limit]
  )
  return rows.map((r) => ({ article: summarise(r.content), rank: Number(r.rank) }))
}
