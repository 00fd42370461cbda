// Stores of the benchmark corpus on disk: article files written directly (setup, not the thing
// measured; no fsync). The 100,000-article store takes minutes to write, so it is written once
// into os.tmpdir() and reused by later runs (its derived files are removed before each run, so
// every run rebuilds the index and the search index as the first run did).
import { existsSync } from 'node:fs'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SCHEMA_VERSION, type Article, type ArticleDraft } from '../../src/shared/article'
import type { ArticleStore } from '../../src/main/store'
import { makeRevId, newArticleId } from '../../src/main/store/ids'
import { makeDraft, seededRandom } from './corpus'
import { timed } from './stats'

export function articleOf(draft: ArticleDraft, when: Date): Article {
  const iso = when.toISOString()
  const base = {
    ...draft,
    id: newArticleId(when),
    status: 'draft' as const,
    createdAt: iso,
    updatedAt: iso,
    rev: 1,
    history: [{ at: iso, actor: 'bench', action: 'create', from: null, to: 'draft' as const }]
  }
  const { rev: _r, ...content } = base
  return { ...base, revId: makeRevId(1, null, content) }
}

/** Writes `count` article files into `dir`; returns their ids (and the articles when asked). */
export async function seedStore(dir: string, count: number, seed: number, keep = false): Promise<{ ids: string[]; articles: Article[] }> {
  const rand = seededRandom(seed)
  await mkdir(join(dir, 'articles'), { recursive: true })
  const ids: string[] = []
  const articles: Article[] = []
  const start = Date.parse('2024-01-01T00:00:00Z')
  for (let i = 0; i < count; i += 64) {
    const batch: Promise<void>[] = []
    for (let k = i; k < Math.min(count, i + 64); k++) {
      const a = articleOf(makeDraft(rand), new Date(start + k * 60_000))
      ids.push(a.id)
      if (keep) articles.push(a)
      const file = { schemaVersion: SCHEMA_VERSION, article: a, snapshot: { at: a.createdAt, rev: 1 }, savedBy: 'bench' }
      batch.push(writeFile(join(dir, 'articles', `${a.id}.json`), JSON.stringify(file)))
    }
    await Promise.all(batch)
  }
  return { ids, articles }
}

/** What the store derives from its article files (the index in both its formats, the search index, the lock). */
const DERIVED_FILES = ['index.json', 'index.txt', 'search-index.bin', 'search-index.json', 'store.lock']

/** The store to measure at `count` articles: fresh under `root`, or the cached one for large sizes. */
export async function storeOfSize(root: string, count: number): Promise<{ dir: string; ids: string[]; kept: boolean }> {
  if (count < 100_000) {
    const dir = join(root, `store-${count}`)
    return { dir, ids: (await seedStore(dir, count, 42)).ids, kept: false }
  }
  const dir = join(tmpdir(), `redaksi-bench-store-${count}`)
  const done = join(dir, '.seeded')
  if (!existsSync(done)) {
    await rm(dir, { recursive: true, force: true })
    console.error(`writing the ${count}-article store once into ${dir}…`)
    await seedStore(dir, count, 42)
    await writeFile(done, '')
  }
  // Derived files only: the first open and first search then do what they do on a fresh store.
  for (const f of DERIVED_FILES) await rm(join(dir, f), { force: true })
  const ids = (await readdir(join(dir, 'articles'))).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5))
  // Kept for the next run, including the first run that wrote it.
  return { dir, ids, kept: true }
}

/** Saves a new draft to a random article, one after another; the time of each. */
export async function saveLoop(store: ArticleStore, ids: string[], n: number, seed: number): Promise<number[]> {
  const rand = seededRandom(seed)
  const revs = new Map<string, number>()
  const samples: number[] = []
  for (let i = 0; i < n; i++) {
    const id = ids[Math.floor(rand() * ids.length)] as string
    const rev = revs.get(id) ?? (await store.get(id)).rev
    const draft = makeDraft(rand)
    const [saved, t] = await timed(() => store.save(id, rev, draft))
    revs.set(id, saved.rev)
    samples.push(t)
  }
  return samples
}
