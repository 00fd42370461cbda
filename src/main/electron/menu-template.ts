import type { MenuItemConstructorOptions } from 'electron'
import type { Language } from '../../shared/ipc'
import { messages } from '../../shared/i18n/messages'

/** What the menu's own items do; each calls the same service the UI calls for that action. */
export interface MenuCommands {
  newArticle(): void
  exportArticle(): void
  exportApproved(): void
  importFiles(): void
  setLanguage(language: Language): void
}

export interface MenuContext {
  language: Language
  isMac: boolean
  isDev: boolean
}

export function menuTemplate(commands: MenuCommands, context: MenuContext): MenuItemConstructorOptions[] {
  const t = messages[context.language].menu
  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { id: 'new-article', label: t.newArticle, accelerator: 'CmdOrCtrl+N', click: () => commands.newArticle() },
      { id: 'export', label: t.export, accelerator: 'CmdOrCtrl+E', click: () => commands.exportArticle() },
      { id: 'export-approved', label: t.exportApproved, click: () => commands.exportApproved() },
      { id: 'import', label: t.import, accelerator: 'CmdOrCtrl+O', click: () => commands.importFiles() },
      { type: 'separator' },
      { id: 'quit', label: t.quit, role: 'quit' }
    ]
  }
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { label: t.undo, role: 'undo' },
      { label: t.redo, role: 'redo' },
      { type: 'separator' },
      { label: t.cut, role: 'cut' },
      { label: t.copy, role: 'copy' },
      { label: t.paste, role: 'paste' },
      { label: t.selectAll, role: 'selectAll' }
    ]
  }
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...(context.isDev
        ? ([
            { label: t.reload, role: 'reload' },
            { label: t.toggleDevTools, role: 'toggleDevTools' },
            { type: 'separator' }
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { label: t.resetZoom, role: 'resetZoom' },
      { label: t.zoomIn, role: 'zoomIn' },
      { label: t.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { label: t.fullscreen, role: 'togglefullscreen' },
      { type: 'separator' },
      {
        label: t.language,
        submenu: (['id', 'en'] as const).map((language) => ({
          id: `language-${language}`,
          label: language === 'id' ? 'Bahasa Indonesia' : 'English',
          type: 'radio' as const,
          checked: context.language === language,
          click: () => commands.setLanguage(language)
        }))
      }
    ]
  }
  const help: MenuItemConstructorOptions = { label: t.help, role: 'help', submenu: [{ label: t.about, role: 'about' }] }
  return [...(context.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []), file, edit, view, help]
}
