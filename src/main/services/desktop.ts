import { resolve } from 'node:path'
import { RedaksiFailure } from '../../shared/result'
import type { DialogFolders } from '../export/dialog-folders'
import type { Services } from './services'

/** What only the desktop app can do for the services; the browser host has none of it. */
export interface DesktopHooks {
  chooseFolder(): Promise<string | null>
  openInBrowser(path: string): Promise<boolean>
}

/**
 * The folder picker and "open in the browser". What the picker returns becomes an export folder
 * main accepts; opening is limited to HTML pages an export wrote in this session, so a renderer
 * cannot use it to launch an arbitrary file on the machine (decision 0075).
 */
export function desktopServices(
  hooks: DesktopHooks | undefined,
  folders: DialogFolders | null
): Pick<Services, 'desktop.chooseFolder' | 'desktop.openExported'> {
  return {
    'desktop.chooseFolder': async () => {
      if (!hooks || !folders) return null
      const chosen = await hooks.chooseFolder()
      if (chosen) folders.grant(chosen)
      return chosen
    },
    'desktop.openExported': async ({ path }) => {
      if (!hooks || !folders) return false
      if (!(await folders.mayOpen(path))) throw new RedaksiFailure('export.not-exported')
      return hooks.openInBrowser(resolve(path))
    }
  }
}
