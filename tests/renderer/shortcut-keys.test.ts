import { describe, expect, it } from 'vitest'
import { ariaKeys, keyLabels, keysText, matchesKeys, type KeyPress } from '../../src/renderer/src/ui/shortcut-keys'
import { SHORTCUTS } from '../../src/renderer/src/ui/shortcuts'
import { messages } from '../../src/shared/i18n/messages'
import { nextRowIndex } from '../../src/renderer/src/features/articles/row-keys'

const press = (p: Partial<KeyPress>): KeyPress => ({ key: '', code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...p })

describe('matchesKeys', () => {
  it('takes Mod as Ctrl off a Mac and as ⌘ on one', () => {
    const ctrlS = press({ key: 's', code: 'KeyS', ctrlKey: true })
    const cmdS = press({ key: 's', code: 'KeyS', metaKey: true })
    expect(matchesKeys(ctrlS, ['Mod', 'S'], false)).toBe(true)
    expect(matchesKeys(cmdS, ['Mod', 'S'], false)).toBe(false)
    expect(matchesKeys(cmdS, ['Mod', 'S'], true)).toBe(true)
    expect(matchesKeys(ctrlS, ['Mod', 'S'], true)).toBe(false)
  })

  it('wants exactly the modifiers named', () => {
    const shifted = press({ key: 'S', code: 'KeyS', ctrlKey: true, shiftKey: true })
    expect(matchesKeys(shifted, ['Mod', 'S'], false)).toBe(false)
    expect(matchesKeys(shifted, ['Mod', 'Shift', 'S'], false)).toBe(true)
  })

  it('finds digits and letters by the physical key when Shift, Alt or the layout change the character', () => {
    expect(matchesKeys(press({ key: '*', code: 'Digit8', ctrlKey: true, shiftKey: true }), ['Mod', 'Shift', '8'], false)).toBe(true)
    expect(matchesKeys(press({ key: '™', code: 'Digit2', metaKey: true, altKey: true }), ['Mod', 'Alt', '2'], true)).toBe(true)
    expect(matchesKeys(press({ key: 'и', code: 'KeyB', ctrlKey: true }), ['Mod', 'B'], false)).toBe(true)
  })

  it('matches F1 and Mod-/', () => {
    expect(matchesKeys(press({ key: 'F1', code: 'F1' }), ['F1'], false)).toBe(true)
    expect(matchesKeys(press({ key: 'F1', code: 'F1', ctrlKey: true }), ['F1'], false)).toBe(false)
    expect(matchesKeys(press({ key: '/', code: 'Slash', ctrlKey: true }), ['Mod', '/'], false)).toBe(true)
  })
})

describe('showing keys', () => {
  it('names keys for the platform', () => {
    expect(keyLabels(['Mod', 'Shift', 'S'], false)).toEqual(['Ctrl', 'Shift', 'S'])
    expect(keyLabels(['Mod', 'Alt', '2'], true)).toEqual(['⌘', '⌥', '2'])
    expect(keysText(['Mod', 'N'], false)).toBe('Ctrl+N')
    expect(keysText(['Mod', 'N'], true)).toBe('⌘N')
    expect(ariaKeys(['Mod', 'Shift', 'B'], false)).toBe('Control+Shift+B')
    expect(ariaKeys(['Mod', 'Shift', 'B'], true)).toBe('Meta+Shift+B')
  })
})

describe('the shortcut list', () => {
  it('has unique ids and combinations, and a label in both languages for each', () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length)
    expect(new Set(SHORTCUTS.map((s) => s.keys.join('+'))).size).toBe(SHORTCUTS.length)
    for (const s of SHORTCUTS) {
      const key = s.labelKey.replace('help:shortcut.', '') as keyof typeof messages.id.help.shortcut
      expect(messages.id.help.shortcut[key], s.id).toMatch(/\S/)
      expect(messages.en.help.shortcut[key], s.id).toMatch(/\S/)
    }
  })
})

describe('nextRowIndex', () => {
  it('moves within the list and stops at its ends', () => {
    expect(nextRowIndex('ArrowDown', 0, 3)).toBe(1)
    expect(nextRowIndex('ArrowDown', 2, 3)).toBe(2)
    expect(nextRowIndex('ArrowUp', 0, 3)).toBe(0)
    expect(nextRowIndex('End', 0, 3)).toBe(2)
    expect(nextRowIndex('Home', 2, 3)).toBe(0)
    expect(nextRowIndex('Enter', 1, 3)).toBeNull()
  })
})
