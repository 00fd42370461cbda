import { describe, expect, it } from 'vitest'
import { messages } from '../../src/shared/i18n/messages'

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]))

describe('UI text', () => {
  it('has every Indonesian string in English too, and no more', () => {
    expect(keys(messages.en).sort()).toEqual(keys(messages.id).sort())
  })
})
