// Names for suggestions (Penulis, Editor, Sumber): every name the archive credits, once each.
import type { NamesResponse } from '../../shared/sync/protocol'
import type { Db } from './db'

type Field = keyof NamesResponse

export async function archiveNames(db: Db): Promise<NamesResponse> {
  const { rows } = await db.query<{ field: Field; name: string }>(
    `select distinct f.field, n.name
       from articles, unnest(array['penulis', 'editor', 'sumber']) as f(field),
            jsonb_array_elements_text(content -> f.field) as n(name)
      where status <> 'spiked'
      order by n.name`
  )
  const out: NamesResponse = { penulis: [], editor: [], sumber: [] }
  for (const r of rows) out[r.field].push(r.name)
  return out
}
