import { Extension } from '@tiptap/core'

/**
 * The body's node views are drawn once, when the editor is created. TipTap's React binding
 * creates every node view a second time when the editor is put on the page, so that React node
 * views find their portals; that redraws the whole document, and a 10,000-word body was drawn
 * twice on open (decision 0107). The body editor has no React node views (Baca Juga is plain
 * DOM, baca-juga-node-view.ts), so that pass is skipped while the views made with the editor are
 * in place. They are not after `EditorContent` unmounted (it clears them), as React's strict
 * mode does once in development: the pass then runs. A React node view added later needs this
 * extension removed.
 */
export const NodeViewsOnce = Extension.create({
  name: 'nodeViewsOnce',
  onBeforeCreate() {
    const editor = this.editor
    const createAgain = editor.createNodeViews.bind(editor)
    editor.createNodeViews = () => {
      if (Object.keys(editor.view.props.nodeViews ?? {}).length > 0) return
      createAgain()
    }
  }
})
