import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate, type MenuCommands } from '../../src/main/electron/menu-template'

const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])

const commands = (): MenuCommands => ({ newArticle: vi.fn(), exportArticle: vi.fn(), exportApproved: vi.fn(), importFiles: vi.fn(), setLanguage: vi.fn() })

describe('the application menu', () => {
  it('speaks Indonesian first: Berkas, Edit, Tampilan', () => {
    const template = menuTemplate(commands(), { language: 'id', isMac: false, isDev: false})
    expect(template.map((m) => m.label)).toEqual(['Berkas', 'Edit', 'Tampilan', 'Bantuan'])
    const file = template[0]!.submenu as MenuItemConstructorOptions[]
    expect(file.filter((i) => i.label).map((i) => i.label)).toEqual(['Artikel baru', 'Ekspor…', 'Ekspor yang disetujui…', 'Impor…', 'Keluar'])
  })

  it('switches to English', () => {
    const template = menuTemplate(commands(), { language: 'en', isMac: false, isDev: false})
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help'])
  })

  it('calls the same commands the UI uses', () => {
    const c = commands()
    const all = items(menuTemplate(c, { language: 'id', isMac: false, isDev: false}))
    const click = (id: string): void => (all.find((i) => i.id === id)!.click as () => void)()
    click('new-article')
    click('export')
    click('export-approved')
    click('import')
    click('language-en')
    expect(c.newArticle).toHaveBeenCalledOnce()
    expect(c.exportArticle).toHaveBeenCalledOnce()
    expect(c.exportApproved).toHaveBeenCalledOnce()
    expect(c.importFiles).toHaveBeenCalledOnce()
    expect(c.setLanguage).toHaveBeenCalledWith('en')
  })

  it('hides developer tools outside development', () => {
    const roles = items(menuTemplate(commands(), { language: 'id', isMac: false, isDev: false})).map((i) => i.role)
    expect(roles).not.toContain('toggleDevTools')
    expect(roles).toContain('quit')
  })
})
