import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { describe, expect, it } from 'vitest'
import { writeFileDurably } from '../../src/main/files/durable-file'
import { DurableJsonFile, UnreadableJsonError } from '../../src/main/files/durable-json-adapter'
import { WriteQueue } from '../../src/main/files/write-queue'
import { canonicalJson, makeRevId, newArticleId } from '../../src/main/store/ids'
import { ArticleIdSchema } from '../../src/shared/article'
import { tempStoreDir } from './helpers'

describe('write queue', () => {
  it('runs jobs one at a time, in order, and a failure does not stop the next job', async () => {
    const q = new WriteQueue()
    const log: string[] = []
    let running = 0
    const job = (name: string, fail = false) => async () => {
      running++
      expect(running).toBe(1)
      log.push(`start ${name}`)
      await new Promise((r) => setTimeout(r, 5))
      log.push(`end ${name}`)
      running--
      if (fail) throw new Error(name)
      return name
    }
    const results = await Promise.allSettled([q.run(job('a')), q.run(job('b', true)), q.run(job('c'))])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
    void q.run(job('d'))
    await q.drain()
    expect(log.at(-1)).toBe('end d')
    expect(q.size).toBe(0)
  })
})

describe('durable file and the lowdb adapter', () => {
  it('replaces a file whole and leaves no temp file', async () => {
    const dir = await tempStoreDir()
    const file = join(dir, 'a.json')
    await writeFileDurably(file, 'satu')
    await writeFileDurably(file, 'dua')
    expect(await readFile(file, 'utf8')).toBe('dua')
    expect(await readdir(dir)).toEqual(['a.json'])
  })

  it('cleans up its temp file when the rename fails', async () => {
    const dir = await tempStoreDir()
    await expect(writeFileDurably(join(dir, 'missing', 'a.json'), 'x', dir)).rejects.toThrow()
    expect(await readdir(dir)).toEqual([])
  })

  it('reads and writes through Low, null when missing, and refuses damaged JSON', async () => {
    const dir = await tempStoreDir()
    const db = new Low<unknown>(new DurableJsonFile(join(dir, 'db.json')), { n: 0 })
    await db.read()
    expect(db.data).toEqual({ n: 0 })
    db.data = { n: 7 }
    await db.write()
    const again = new Low<unknown>(new DurableJsonFile(join(dir, 'db.json')), { n: 0 })
    await again.read()
    expect(again.data).toEqual({ n: 7 })
    await writeFileDurably(join(dir, 'bad.json'), '{"n": 7')
    await expect(new DurableJsonFile(join(dir, 'bad.json')).read()).rejects.toBeInstanceOf(UnreadableJsonError)
    await writeFileDurably(join(dir, 'null.json'), 'null')
    await expect(new DurableJsonFile(join(dir, 'null.json')).read()).rejects.toMatchObject({ reason: 'holds null' })
  })
})

describe('ids and revision ids', () => {
  it('mints unique, time-sortable ULID-layout ids', () => {
    const ids = new Set<string>()
    for (let i = 0; i < 2000; i++) ids.add(newArticleId(new Date(1718600000000 + i)))
    expect(ids.size).toBe(2000)
    const sorted = [...ids]
    expect([...sorted].sort()).toEqual(sorted)
    for (const id of sorted.slice(0, 10)) expect(ArticleIdSchema.safeParse(id).success).toBe(true)
  })

  it('hashes content canonically, and the parent changes the hash', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}')
    expect(makeRevId(2, '1-x', { a: 1, b: 2 })).toBe(makeRevId(2, '1-x', { b: 2, a: 1 }))
    expect(makeRevId(2, '1-x', { a: 1 })).not.toBe(makeRevId(2, '1-y', { a: 1 }))
    expect(makeRevId(3, null, {})).toMatch(/^3-[0-9a-f]{32}$/)
  })
})
