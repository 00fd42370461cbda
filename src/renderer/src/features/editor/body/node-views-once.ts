import { Extension } from '@tiptap/core'

/**
 * The body's node views are drawn once, when the editor is created. TipTap's React binding
 * creates every node view a second time when the editor is put on the page, so that React node
 * views find their portals; that redraws the whole document, and a 10,000-word body was drawn
 * twice on open (decision 0107). The body editor has no React node views (Baca Juga is plain
 * DOM, baca-juga-node-view.ts), so the second pass has nothing to do. A React node view added
 * later needs this extension removed.
 */
export const NodeViewsOnce = Extension.create({
  name: 'nodeViewsOnce',
  onBeforeCreate() {
    this.editor.createNodeViews = () => undefined
  }
})
