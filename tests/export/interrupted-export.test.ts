// An export killed at any moment — a real child process, SIGKILLed — never leaves a folder that
// looks complete but is not: index.html is either the previous export's, with every file of that
// export as it was, or the new one's, with every file of the new export whole; in between there
// is no index.html at all. The next export removes the dead one's staging folder (decision 0109).
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listAllSummaries, openArticleStore, type ArticleStore } from '../../src/main/store'
import { runExport } from '../../src/main/export/run-export'
import { STAGING_PREFIX } from '../../src/main/export/staging'
import { makeTempDir } from '../helpers/temp-dir'
import { fixtureDraft, PNG, storeArticle } from './exchange-fixture'

const ARTICLES = 120
const CHILD = join(import.meta.dirname, 'export-child.ts')

/** In the child's order, so the reference export's index.html is the one the child writes. */
const approved = async (store: ArticleStore): Promise<string[]> => (await listAllSummaries(store, { status: 'approved' })).map((s) => s.id)

type Tree = Record<string, string>

/** What the user sees in the folder: every name but the hidden staging folders, with a hash of its bytes. */
function visible(dir: string): Tree {
  const out: Tree = {}
  for (const name of readdirSync(dir).sort()) {
    if (!name.startsWith(STAGING_PREFIX)) out[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')
  }
  return out
}

const stagings = (dir: string): string[] => readdirSync(dir).filter((n) => n.startsWith(STAGING_PREFIX))

describe('an export killed mid-way', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>
  let previous: Tree
  let complete: Tree
  const storeDir = (): string => join(temp.path, 'store')
  const out = (): string => join(temp.path, 'out')

  beforeAll(async () => {
    temp = await makeTempDir('redaksi-interrupted-export-')
    const store = await openArticleStore(storeDir())
    try {
      const { asset } = await store.putAsset(PNG, 'foto.png')
      for (let i = 0; i < ARTICLES; i++) {
        const draft = { ...fixtureDraft(), headline: `Berita nomor ${i}` }
        draft.featuredImage = { ...draft.featuredImage!, asset }
        await storeArticle(store, draft, 'approved')
      }
      const ids = await approved(store)
      // The previous export: fewer articles, the photo embedded, so no file of it equals the new one's.
      await runExport(store, { ids: ids.slice(0, 100), format: 'html', image: 'embed', index: true, outDir: out() })
      previous = visible(out())
      const reference = join(temp.path, 'reference')
      await runExport(store, { ids, format: 'html', image: 'copy', index: true, outDir: reference })
      complete = visible(reference)
    } finally {
      await store.close()
    }
    expect(Object.keys(previous)).toHaveLength(101)
    expect(Object.keys(complete)).toHaveLength(2 * ARTICLES + 1)
  }, 120_000)

  afterAll(async () => {
    await temp?.remove()
  })

  /** Runs the child and SIGKILLs it the moment `when` holds (checked in a tight loop); false if it finished first. */
  async function killWhen(when: () => boolean): Promise<boolean> {
    const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, storeDir(), out()], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    proc.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)))
    let killed = false
    // Polled synchronously: the window between two file operations of the child is a millisecond or less.
    const deadline = Date.now() + 60_000
    while (proc.exitCode === null && Date.now() < deadline) {
      if (when()) {
        killed = proc.kill('SIGKILL')
        break
      }
      await new Promise((r) => setImmediate(r))
    }
    const code = await exited
    if (!killed) expect(stderr, `child exited ${code}`).toBe('')
    return killed
  }

  /** The folder as it may be after any kill: the previous export untouched, the new one whole, or no index at all. */
  function state(): 'previous' | 'complete' | 'no index' | 'mixed' {
    const now = visible(out())
    if (JSON.stringify(now) === JSON.stringify(previous)) return 'previous'
    if (Object.entries(complete).every(([name, hash]) => now[name] === hash)) return 'complete'
    return now['index.html'] === undefined ? 'no index' : 'mixed'
  }

  it('while writing: the previous export is untouched and nothing new is visible', async () => {
    const writing = (): boolean => {
      const [staging] = stagings(out())
      if (!staging) return false
      try {
        return readdirSync(join(out(), staging)).length >= 60
      } catch {
        return false
      }
    }
    expect(await killWhen(writing)).toBe(true)
    expect(state()).toBe('previous')
    // The dead process's staging folder is still there, hidden: the kill did land mid-way.
    expect(stagings(out())).toHaveLength(1)
  }, 90_000)

  it('while moving files into place: never an index.html over a mix of two exports', async () => {
    // The previous export embedded its photo: the first .png seen is the new export moving in.
    const moving = (): boolean => readdirSync(out()).some((name) => name.endsWith('.png'))
    expect(await killWhen(moving)).toBe(true)
    expect(['no index', 'complete']).toContain(state())
  }, 90_000)

  it('the next export finishes the job and removes what the dead one left', async () => {
    const store = await openArticleStore(storeDir())
    try {
      await runExport(store, { ids: await approved(store), format: 'html', image: 'copy', index: true, outDir: out() })
    } finally {
      await store.close()
    }
    expect(visible(out())).toEqual(complete)
    expect(stagings(out())).toEqual([])
  }, 90_000)
})
