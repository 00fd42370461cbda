// Shared by the store tests: real temp folders and a realistic draft.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach } from 'vitest'
import type { ArticleDraft } from '../../src/shared/article'
import { openArticleStore } from '../../src/main/store'
import { RedaksiFailure, type Failure, type FailureParams, type FailureReason } from '../../src/shared/result'

const made: string[] = []

export async function tempStoreDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'redaksi-store-'))
  made.push(dir)
  return dir
}

afterEach(async () => {
  while (made.length) await rm(made.pop() as string, { recursive: true, force: true })
})

export function draft(overrides: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    headline: 'Putin Bakal Tiba di Korea Utara Selasa Besok, Kunjungi Negara Kim Jong-Un 2 Hari',
    section: 'dunia',
    published: { at: '2024-06-17T20:49:00+07:00', zone: 'WIB' },
    dateline: { city: 'PYONGYANG', outlet: 'KOMPAS.TV' },
    penulis: ['Haryo Jati'],
    editor: ['Deni Muliya'],
    sumber: ['The Independent'],
    featuredImage: {
      asset: null,
      caption: 'Pemimpin Korea Utara, Kim Jong-un bertemu presiden Vladimir Putin di Rusia.',
      credit: 'Mikhail Metzel, Sputnik, Kremlin Pool Photo via AP'
    },
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Presiden Rusia Vladimir Putin bakal tiba di Korea Utara pada Selasa (18/6/2024).' }]
        },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Putin bakal melakukan kunjungan dua hari di negara yang dipimpin oleh Kim Jong-un.' }]
        },
        {
          type: 'bacaJuga',
          attrs: { articleId: null, title: 'Respons Kemenlu RI Terkait Pengiriman Pasukan Perdamaian ke Gaza' }
        }
      ]
    },
    tags: ['korea utara', 'rusia'],
    ...overrides
  }
}

export function paragraphs(...texts: string[]): ArticleDraft['body'] {
  // ProseMirror has no empty text nodes: an empty text is an empty paragraph.
  return { type: 'doc', content: texts.map((text) => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' })) }
}

/** Every file under dir with its bytes, for "nothing changed on disk" checks. */
export async function snapshotTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const p = join(d, entry.name)
      if (entry.isDirectory()) await walk(p)
      else out.set(relative(dir, p), (await readFile(p)).toString('base64'))
    }
  }
  await walk(dir)
  return out
}

/** A clock the test moves by hand. */
export function manualClock(start = '2024-06-17T13:00:00.000Z') {
  let t = Date.parse(start)
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms
    }
  }
}

/**
 * The reason and params of the RedaksiFailure `p` rejects with (fails the test when it resolves or
 * throws anything else), for exact assertions.
 */
export async function refusal(p: Promise<unknown>): Promise<{ reason: FailureReason; params?: FailureParams; issues?: Failure['issues'] }> {
  const err = await p.then(
    (value: unknown) => ({ resolved: value }),
    (e: unknown) => e
  )
  if (!(err instanceof RedaksiFailure)) throw new Error(`expected a RedaksiFailure, got ${String(err instanceof Error ? err.stack : JSON.stringify(err))}`)
  const { reason, params, issues } = err.failure
  return { reason, ...(params ? { params } : {}), ...(issues ? { issues } : {}) }
}

/** A store in `dir` holding one article per headline, closed again; returns their ids in order. */
export async function storeWith(dir: string, headlines: string[]): Promise<string[]> {
  const store = await openArticleStore(dir)
  const ids: string[] = []
  for (const headline of headlines) ids.push((await store.create(draft({ headline }))).id)
  await store.close()
  return ids
}
