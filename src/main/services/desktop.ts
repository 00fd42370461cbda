import { dirname, extname, resolve } from 'node:path'
import type { Services } from './services'

/** What only the desktop app can do for the services; the browser host has none of it. */
export interface DesktopHooks {
  chooseFolder(): Promise<string | null>
  openInBrowser(path: string): Promise<boolean>
}

/**
 * The folder picker and "open in the browser". Opening is limited to HTML files in folders this
 * session exported to, so a renderer cannot use it to launch an arbitrary file on the machine.
 */
export function desktopServices(
  hooks: DesktopHooks | undefined,
  exportedDirs: ReadonlySet<string>
): Pick<Services, 'desktop.chooseFolder' | 'desktop.openExported'> {
  return {
    'desktop.chooseFolder': async () => (hooks ? hooks.chooseFolder() : null),
    'desktop.openExported': async ({ path }) => {
      const full = resolve(path)
      if (!hooks || extname(full).toLowerCase() !== '.html' || !exportedDirs.has(dirname(full))) return false
      return hooks.openInBrowser(full)
    }
  }
}
