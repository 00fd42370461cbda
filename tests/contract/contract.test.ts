import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import { channels, contract, notices, type RedaksiApi } from '../../src/shared/ipc'
import { CHANNEL_NAMES, NOTICE_NAMES } from '../../src/shared/ipc-names'
import type { Article } from '../../src/shared/article'
import type { Result } from '../../src/shared/result'
import { createApi } from '../../src/preload/api'
import { openTestRedaksi } from '../helpers/redaksi'

describe('the names the preloads are built from', () => {
  it('are the contract’s channels and notices, in the contract’s order', () => {
    expect([...CHANNEL_NAMES]).toEqual(channels)
    expect([...NOTICE_NAMES]).toEqual(notices)
  })
})

describe('the IPC contract', () => {
  let redaksi: Awaited<ReturnType<typeof openTestRedaksi>>
  beforeAll(async () => {
    redaksi = await openTestRedaksi()
  })
  afterAll(() => redaksi.dispose())

  it('has a main-process handler for every channel, and none beyond it', () => {
    expect(Object.keys(redaksi.services).sort()).toEqual([...channels].sort())
    for (const channel of channels) expect(typeof redaksi.services[channel]).toBe('function')
  })

  it('gives the preload API one method per channel, each invoking its own channel', async () => {
    const invoked: string[] = []
    const api = createApi(
      async (channel) => {
        invoked.push(channel)
        return { ok: true, value: null }
      },
      () => () => {}
    ) as unknown as Record<string, Record<string, (request: unknown) => Promise<unknown>>>
    for (const channel of channels) {
      const [namespace, method] = channel.split('.') as [string, string]
      expect(typeof api[namespace]?.[method], `window.redaksi.${channel}`).toBe('function')
      await api[namespace]![method]!({})
    }
    expect(invoked).toEqual(channels)
    const methodCount = Object.entries(api)
      .filter(([key]) => key !== 'on')
      .reduce((n, [, methods]) => n + Object.keys(methods).length, 0)
    expect(methodCount).toBe(channels.length)
  })

  it('types window.redaksi from the same map', () => {
    expectTypeOf<RedaksiApi['articles']['get']>().parameters.toEqualTypeOf<[{ id: string }]>()
    expectTypeOf<RedaksiApi['articles']['get']>().returns.toEqualTypeOf<Promise<Result<Article>>>()
    expectTypeOf<RedaksiApi['articles']>().toHaveProperty('save')
    expectTypeOf<RedaksiApi['settings']['update']>().parameter(0).toHaveProperty('language').toEqualTypeOf<'id' | 'en' | undefined>()
  })

  it('answers a round trip through a real channel with the stored article', async () => {
    const created = await redaksi.dispatch('articles.create', { draft: { headline: 'Putin Bakal Tiba di Korea Utara' } })
    expect(created.ok).toBe(true)
    const id = (created as { value: Article }).value.id
    const read = await redaksi.dispatch('articles.get', { id })
    expect(read).toMatchObject({ ok: true, value: { id, headline: 'Putin Bakal Tiba di Korea Utara', status: 'draft' } })
  })

  it('rejects an invalid request with a typed error naming the field', async () => {
    const result = await redaksi.dispatch('articles.get', { id: 42 })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(!result.ok && result.error.issues?.[0]?.at).toEqual({ field: 'request', path: ['id'] })
  })

  it('rejects a channel the contract does not have', async () => {
    for (const name of ['articles.delete', '__proto__', 'constructor', 'toString', '', 42]) {
      expect(await redaksi.dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
    }
  })

  it('turns a stale save into a conflict error instead of an exception', async () => {
    const created = await redaksi.dispatch('articles.create', {})
    const article = (created as { value: Article }).value
    const { id, rev, ...rest } = article
    const draft = {
      headline: 'Baru',
      section: rest.section,
      published: rest.published,
      dateline: rest.dateline,
      penulis: rest.penulis,
      editor: rest.editor,
      sumber: rest.sumber,
      featuredImage: rest.featuredImage,
      body: rest.body,
      tags: rest.tags
    }
    expect(await redaksi.dispatch('articles.save', { id, rev, draft })).toMatchObject({ ok: true })
    expect(await redaksi.dispatch('articles.save', { id, rev, draft })).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  // The channels a caller may invoke with nothing: a new required field, or one made optional by
  // mistake, changes this list and has to be looked at.
  const TAKES_EMPTY_REQUEST = ['app.info', 'settings.get', 'settings.update', 'articles.list', 'articles.create', 'articles.names', 'desktop.chooseFolder', 'profiles.list', 'workflow.queue', 'sync.status', 'sync.logout', 'sync.now', 'sync.scope', 'sync.setScope']

  it('refuses an empty request on every channel that has required fields, naming each missing one', async () => {
    expect(channels.filter((channel) => contract[channel].request.safeParse({}).success)).toEqual(TAKES_EMPTY_REQUEST)
    for (const channel of channels.filter((c) => !TAKES_EMPTY_REQUEST.includes(c))) {
      const result = await redaksi.dispatch(channel, {})
      expect(result.ok, channel).toBe(false)
      if (result.ok) continue
      expect(result.error.code, channel).toBe('invalid-request')
      const missing = contract[channel].request.safeParse({}).error?.issues.map((issue) => issue.path) ?? []
      expect(result.error.issues?.map((issue) => issue.at), channel).toEqual(missing.map((path) => ({ field: 'request', path })))
    }
  })

  it('refuses garbage on every channel before any work', async () => {
    const before = await redaksi.dispatch('articles.list', {})
    for (const channel of channels) {
      // What a transport can carry (both parse JSON-like data): no value here is any channel's request.
      for (const garbage of ['garbage', null, [1, 2], 42, true]) {
        const result = await redaksi.dispatch(channel, garbage)
        expect(result, `${channel} ← ${JSON.stringify(garbage)}`).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
      }
    }
    // Nothing was created, saved or spiked on the way.
    expect(await redaksi.dispatch('articles.list', {})).toEqual(before)
  })

  it('routes every preload method to a registered handler of its own channel', async () => {
    const reached: string[] = []
    const api = createApi(
      async (channel, request) => {
        reached.push(channel)
        return redaksi.dispatch(channel, request)
      },
      () => () => {}
    ) as unknown as Record<string, Record<string, (request: unknown) => Promise<Result<unknown>>>>
    for (const [namespace, methods] of Object.entries(api).filter(([key]) => key !== 'on')) {
      for (const [method, call] of Object.entries(methods)) {
        // A string is no channel's request: the handler answers invalid-request, an unregistered
        // channel would answer unknown-channel.
        const result = await call('not a request')
        expect(result, `window.redaksi.${namespace}.${method}`).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
        expect(reached.at(-1)).toBe(`${namespace}.${method}`)
      }
    }
    expect([...reached].sort()).toEqual([...channels].sort())
  })
})
