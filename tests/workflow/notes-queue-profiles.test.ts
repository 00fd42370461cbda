import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Redaksi } from '../../src/main/redaksi'
import { makeTempDir } from '../helpers/temp-dir'
import { openRedaksiAt } from '../helpers/redaksi'
import { actAs, call, cleanDraft, createArticle, move, refusal } from './harness'

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 3))

describe('notes, the queue and profiles', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>
  let redaksi: Redaksi
  beforeEach(async () => {
    dir = await makeTempDir()
    redaksi = await openRedaksiAt(dir.path)
  })
  afterEach(async () => {
    await redaksi.close()
    await dir.remove()
  })
  const reopen = async (): Promise<void> => {
    await redaksi.close()
    redaksi = await openRedaksiAt(dir.path)
  }

  it('keeps threaded notes, resolved and open, across a reopen without touching the article', async () => {
    await actAs(redaksi, 'Deni Muliya', 'editor')
    const article = await createArticle(redaksi)
    const first = await call(redaksi, 'notes.add', { articleId: article.id, body: '  Lead terlalu panjang.  ' })
    expect(first).toMatchObject({ articleId: article.id, parentId: null, author: 'Deni Muliya', body: 'Lead terlalu panjang.', resolved: false })
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    const reply = await call(redaksi, 'notes.add', { articleId: article.id, body: 'Sudah saya pendekkan.', parentId: first.id })
    expect(reply.parentId).toBe(first.id)
    const resolved = await call(redaksi, 'notes.resolve', { articleId: article.id, noteId: first.id, resolved: true })
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: 'Haryo Jati' })
    expect(Date.parse(resolved.resolvedAt!)).not.toBeNaN()

    expect((await refusal(redaksi, 'notes.add', { articleId: article.id, body: 'x', parentId: 'nope' })).code).toBe('not-found')
    expect((await refusal(redaksi, 'notes.resolve', { articleId: article.id, noteId: 'nope', resolved: true })).code).toBe('not-found')
    expect((await refusal(redaksi, 'notes.list', { articleId: '01J0B4C5D6E7F8G9H0J1K2M3N4' })).code).toBe('not-found')
    expect((await refusal(redaksi, 'notes.add', { articleId: article.id, body: '   ' })).code).toBe('invalid-request')

    await reopen()
    const notes = await call(redaksi, 'notes.list', { articleId: article.id })
    expect(notes).toEqual([resolved, reply])
    expect((await call(redaksi, 'articles.get', { id: article.id })).rev).toBe(article.rev)

    await actAs(redaksi, 'Deni Muliya', 'editor')
    const reopened = await call(redaksi, 'notes.resolve', { articleId: article.id, noteId: first.id, resolved: false })
    expect(reopened).toEqual({ ...first, body: 'Lead terlalu panjang.' })
    expect(reopened).not.toHaveProperty('resolvedBy')
    expect(JSON.parse(await readFile(join(dir.path, 'store', 'notes', `${article.id}.json`), 'utf8'))).toMatchObject({ schemaVersion: 1 })
  })

  it('refuses to overwrite a damaged notes file', async () => {
    await actAs(redaksi, 'Deni Muliya', 'editor')
    const article = await createArticle(redaksi)
    await call(redaksi, 'notes.add', { articleId: article.id, body: 'Satu' })
    const file = join(dir.path, 'store', 'notes', `${article.id}.json`)
    await writeFile(file, '{ not json')
    expect((await refusal(redaksi, 'notes.add', { articleId: article.id, body: 'Dua' })).code).toBe('damaged')
    expect(await readFile(file, 'utf8')).toBe('{ not json')
  })

  it('queues submitted and in-review articles, longest waiting first, a resubmit at the back', async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    const a = await createArticle(redaksi, cleanDraft({ headline: 'A' }))
    const b = await createArticle(redaksi, cleanDraft({ headline: 'B' }))
    const c = await createArticle(redaksi, cleanDraft({ headline: 'C' }))
    await createArticle(redaksi, cleanDraft({ headline: 'draft only' }))
    let movedB = await move(redaksi, b, 'submit')
    await tick()
    let movedA = await move(redaksi, a, 'submit')
    await tick()
    const movedC = await move(redaksi, c, 'submit')
    await actAs(redaksi, 'Deni Muliya', 'editor')
    movedB = await move(redaksi, movedB, 'start-review')
    movedA = await move(redaksi, movedA, 'return', { note: 'Kurang sumber.' })
    let { items } = await call(redaksi, 'workflow.queue', {})
    expect(items.map((i) => [i.headline, i.status])).toEqual([['B', 'in-review'], ['C', 'submitted']])
    expect(items[1]).toMatchObject({ id: c.id, rev: movedC.rev, submittedAt: movedC.history.at(-1)!.at })

    await tick()
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    movedA = await move(redaksi, movedA, 'submit')
    await actAs(redaksi, 'Deni Muliya', 'editor')
    await move(redaksi, movedB, 'approve')
    ;({ items } = await call(redaksi, 'workflow.queue', {}))
    expect(items.map((i) => i.headline)).toEqual(['C', 'A'])
    expect(items[1]?.submittedAt).toBe(movedA.history.at(-1)!.at)
  })

  it('creates, updates and switches profiles, remembered across a reopen', async () => {
    expect(await call(redaksi, 'profiles.list', {})).toEqual({ profiles: [], currentId: null })
    const haryo = await call(redaksi, 'profiles.save', { profile: { name: ' Haryo Jati ', initials: 'hj', role: 'penulis' } })
    expect(haryo).toMatchObject({ name: 'Haryo Jati', initials: 'HJ', role: 'penulis' })
    const deni = await call(redaksi, 'profiles.save', { profile: { name: 'Deni Muliya', initials: 'DM', role: 'editor' } })
    const renamed = await call(redaksi, 'profiles.save', { profile: { id: deni.id, name: 'Deni Muliya S.', initials: 'dms', role: 'redaktur-pelaksana' } })
    expect(renamed).toEqual({ id: deni.id, name: 'Deni Muliya S.', initials: 'DMS', role: 'redaktur-pelaksana' })
    expect(await call(redaksi, 'profiles.switch', { id: deni.id })).toEqual(renamed)

    expect((await refusal(redaksi, 'profiles.save', { profile: { name: 'haryo  jati', initials: 'X', role: 'editor' } })).code).toBe('conflict')
    expect((await refusal(redaksi, 'profiles.save', { profile: { id: 'unknown', name: 'Siapa', initials: 'S', role: 'editor' } })).code).toBe('not-found')
    expect((await refusal(redaksi, 'profiles.switch', { id: 'unknown' })).code).toBe('not-found')
    for (const bad of [
      { name: '', initials: 'A', role: 'editor' },
      { name: 'x'.repeat(101), initials: 'A', role: 'editor' },
      { name: 'Ani', initials: 'ABCDE', role: 'editor' },
      { name: 'Ani', initials: 'A1', role: 'editor' },
      { name: 'Ani', initials: 'A', role: 'admin' }
    ]) {
      expect((await refusal(redaksi, 'profiles.save', { profile: bad } as never)).code).toBe('invalid-request')
    }

    await reopen()
    expect(await call(redaksi, 'profiles.list', {})).toEqual({ profiles: [haryo, renamed], currentId: deni.id })
    expect(JSON.parse(await readFile(join(dir.path, 'profiles.json'), 'utf8'))).toMatchObject({ schemaVersion: 1, currentId: deni.id })
  })

  it('starts without profiles when profiles.json is damaged, and keeps the damaged file aside', async () => {
    await call(redaksi, 'profiles.save', { profile: { name: 'Ani', initials: 'A', role: 'editor' } })
    await redaksi.close()
    await writeFile(join(dir.path, 'profiles.json'), '[1, 2')
    redaksi = await openRedaksiAt(dir.path)
    expect(await call(redaksi, 'profiles.list', {})).toEqual({ profiles: [], currentId: null })
    expect((await readdir(dir.path)).some((f) => f.startsWith('profiles.json.damaged-'))).toBe(true)
  })
})
