import i18next, { type i18n as I18n, type InitOptions } from 'i18next'
import { describe, expect, it, vi } from 'vitest'
import { messages, namespaceNames } from '../../src/shared/i18n/messages'
import { lookUpPlainWordsFirst } from '../../src/renderer/src/i18n/plain-words-first'

const options = (resources: InitOptions['resources'], ns: string[], lng = 'id'): InitOptions => ({
  resources,
  lng,
  fallbackLng: 'id',
  ns,
  defaultNS: ns[0],
  interpolation: { escapeValue: false },
  returnNull: false
})

async function pair(init: InitOptions): Promise<{ plain: I18n; fast: I18n }> {
  const plain = i18next.createInstance()
  const fast = i18next.createInstance()
  await plain.init(init)
  await fast.init(init)
  lookUpPlainWordsFirst(fast)
  return { plain, fast }
}

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (v && typeof v === 'object' ? keysOf(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

const appOptions = options({ id: messages.id, en: messages.en }, [...namespaceNames])

describe('plain labels looked up before i18next', () => {
  it.each(['id', 'en'] as const)('gives every key of every namespace the words i18next gives (%s)', async (lng) => {
    const { plain, fast } = await pair({ ...appOptions, lng })
    let checked = 0
    for (const ns of namespaceNames) {
      const slowT = plain.getFixedT(lng, ns)
      const fastT = fast.getFixedT(lng, ns)
      const nullT = fast.getFixedT(null, ns)
      for (const key of keysOf(messages[lng][ns])) {
        expect(fastT(key), `${ns}:${key}`).toBe(slowT(key))
        expect(nullT(key)).toBe(slowT(key))
        // From another namespace's t, with the namespace in the key.
        expect(fast.getFixedT(lng, 'menu')(`${ns}:${key}`)).toBe(plain.getFixedT(lng, 'menu')(`${ns}:${key}`))
        checked++
      }
    }
    expect(checked).toBeGreaterThan(300)
  })

  it('leaves counts, interpolation and prefixes to i18next, with the same result', async () => {
    const { plain, fast } = await pair({ ...appOptions, lng: 'en' })
    for (const [ns, key, opts] of [
      ['list', 'count', { count: 1 }],
      ['list', 'count', { count: 7 }],
      ['list', 'results', { count: 2, text: 'banjir' }],
      ['exchange', 'exported', { count: 3, dir: '/tmp/x' }]
    ] as const) {
      expect(fast.getFixedT('en', ns)(key, opts)).toBe(plain.getFixedT('en', ns)(key, opts))
    }
    const prefix = keysOf(messages.en.app).find((k) => k.includes('.'))!
    const [head, ...tail] = prefix.split('.')
    expect(fast.getFixedT('en', 'app', head)(tail.join('.'))).toBe(plain.getFixedT('en', 'app', head)(tail.join('.')))
  })

  it('falls back, nests and reports missing keys as i18next does', async () => {
    const resources = {
      id: { w: { only: 'Hanya di sini', greet: 'Halo {{name}}', nested: 'Lihat $t(w:only)', tree: { leaf: 'Daun' }, empty: '' } },
      en: { w: { greet: 'Hello {{name}}', nested: 'See $t(w:greet)', tree: { leaf: 'Leaf' } } }
    }
    const { plain, fast } = await pair(options(resources, ['w'], 'en'))
    for (const key of ['only', 'greet', 'nested', 'tree', 'tree.leaf', 'empty', 'missing', 'w:only', 'x:y:z']) {
      expect(fast.getFixedT('en', 'w')(key), key).toBe(plain.getFixedT('en', 'w')(key))
      expect(fast.getFixedT('id', 'w')(key), key).toBe(plain.getFixedT('id', 'w')(key))
    }
    await plain.changeLanguage('id')
    await fast.changeLanguage('id')
    expect(fast.getFixedT(null, 'w')('tree.leaf')).toBe('Daun')
    expect(fast.getFixedT(null, 'w')('tree.leaf')).toBe(plain.getFixedT(null, 'w')('tree.leaf'))
  })

  it('does not run i18next for a plain label, and does for one it must fill in', async () => {
    const { fast } = await pair({ ...appOptions, lng: 'id' })
    const translator = (fast as unknown as { translator: { translate: (...a: unknown[]) => unknown } }).translator
    const spy = vi.spyOn(translator, 'translate')
    const t = fast.getFixedT('id', 'list')
    const plainKey = keysOf(messages.id.list).find((k) => !String(k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages.id.list)).includes('{{'))!
    t(plainKey)
    expect(spy).not.toHaveBeenCalled()
    t('count', { count: 2 })
    expect(spy).toHaveBeenCalledTimes(1)
  })

  it('searches a list of namespaces as i18next does', async () => {
    const resources = { id: { a: { shared: 'dari a' }, b: { shared: 'dari b', own: 'hanya b' } } }
    const { plain, fast } = await pair(options(resources, ['a', 'b']))
    for (const ns of [['b', 'a'], ['a', 'b'], ['b']]) {
      for (const key of ['shared', 'own']) expect(fast.getFixedT('id', ns)(key), `${ns.join()} ${key}`).toBe(plain.getFixedT('id', ns)(key))
    }
  })

  it('keeps the fields react-i18next reads off t', async () => {
    const { fast } = await pair(appOptions)
    const t = fast.getFixedT('en', 'editor') as unknown as { lng: unknown; ns: unknown }
    expect([t.lng, t.ns]).toEqual(['en', 'editor'])
  })
})
