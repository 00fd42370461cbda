import { createContext, useContext } from 'react'

/**
 * Opens the article picker to link the Baca Juga block at a document position. The picker is the
 * body editor's own dialog, outside ProseMirror's DOM, so its keys never reach the editor.
 */
export type LinkBacaJuga = (pos: number) => void

export const LinkBacaJugaContext = createContext<LinkBacaJuga | null>(null)

export const useLinkBacaJuga = (): LinkBacaJuga | null => useContext(LinkBacaJugaContext)
