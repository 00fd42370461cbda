import { EditorContent, useEditor, type Editor } from '@tiptap/react'
import { Placeholder } from '@tiptap/extensions'
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleSummary, Body } from '../../../../../shared/article'
import { articleExtensions } from '../../../../../shared/editor/extensions'
import { BacaJuga } from '../../../../../shared/editor/nodes/baca-juga'
import { BacaJugaPicker } from './BacaJugaPicker'
import type { BacaJugaTargets } from './baca-juga-targets'
import { bacaJugaWithView } from './baca-juga-node-view'
import { CaretBlock } from './caret-block'
import { NodeViewsOnce } from './node-views-once'
import { InputAfterFrame } from './input-after-frame'
import { DatelineDecoration } from './dateline-decoration'
import { FindBar } from './FindBar'
import { FindReplace, type FindMode } from './find-replace'
import { LinkDialog } from './LinkDialog'
import { PullQuoteDialog } from './PullQuoteDialog'
import { cleanPastedHtml } from '../../../../../shared/editor/paste/clean-pasted-html'
import { Toolbar } from './Toolbar'
import { WriterKeymap } from './writer-keymap'
import './body-editor.css'

export interface BodyEditorProps {
  articleId: string
  initialBody: Body
  /** The dateline as printed ("PYONGYANG, KOMPAS.TV - "), drawn at the start of the first paragraph. */
  dateline: string
  readOnly?: boolean
  /** Lookups of Baca Juga targets, shared with the house-style panel. */
  targets: BacaJugaTargets
  onChange: () => void
  bindBody: (read: () => Body) => void
  saveNow: () => void
  onEditor?: (editor: Editor) => void
}

/**
 * The body as the store keeps it. ProseMirror omits `content` for an empty document, and the
 * schema needs at least one block where the store allows none; both ends are normalised here.
 */
function storedBody(editor: Editor): Body {
  const json = editor.getJSON()
  return { type: 'doc', content: (json.content ?? []) as Body['content'] }
}

/**
 * The selection the writer sees. ProseMirror learns of a selection the browser made (Shift+Home)
 * from a selectionchange event that may not have arrived when the next shortcut fires, so the
 * DOM's selection is read directly, falling back to the editor's own.
 */
function visibleSelection(editor: Editor): { from: number; to: number } {
  const { view } = editor
  const dom = view.dom.ownerDocument.getSelection()
  if (dom?.anchorNode && dom.focusNode && view.dom.contains(dom.anchorNode) && view.dom.contains(dom.focusNode)) {
    try {
      const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset)
      const head = view.posAtDOM(dom.focusNode, dom.focusOffset)
      return { from: Math.min(anchor, head), to: Math.max(anchor, head) }
    } catch {
      // A selection inside a widget (the dateline) has no document position.
    }
  }
  const { from, to } = editor.state.selection
  return { from, to }
}

function editorContent(body: Body): Body {
  return body.content.length > 0 ? body : { type: 'doc', content: [{ type: 'paragraph' }] }
}

/**
 * Memoised on purpose: TipTap's React binding re-applies the editor's options after every render
 * of this component, which writes ProseMirror's selection back to the DOM and can undo a
 * selection the browser made a moment before (Shift+Home, then Ctrl+K). The screen around it
 * re-renders on every autosave and keystroke in a field; this component must not.
 */
export const BodyEditor = memo(function BodyEditor(props: BodyEditorProps): React.JSX.Element {
  const { t } = useTranslation('editor')
  const [dialog, setDialog] = useState<'baca-juga' | 'pull-quote' | 'link' | null>(null)
  // The block the picker links, when it was opened from a block's "Tautkan" rather than to insert one.
  const [linkingAt, setLinkingAt] = useState<number | null>(null)
  // The find bar, and a count of the times it was asked for, so asking again focuses it.
  const [find, setFind] = useState<{ mode: FindMode; request: number } | null>(null)
  // The text a link dialog was opened on: the dialog takes focus, and the link must land on what
  // the writer had selected, whatever happens to the editor's selection meanwhile.
  const linkRange = useRef<{ from: number; to: number } | null>(null)
  const { targets } = props
  const linkBacaJuga = useCallback((pos: number): void => {
    setLinkingAt(pos)
    setDialog('baca-juga')
  }, [])

  // The editor is built once; the callbacks it calls read the latest props through this ref.
  const latest = useRef(props)
  const linkOpener = useRef<() => void>(() => undefined)
  useEffect(() => {
    latest.current = props
  })

  // The callbacks below read `latest` when ProseMirror calls them, never during render.
  const extensions = useMemo(
    () => [
      ...articleExtensions().map((extension) =>
        extension.name === BacaJuga.name ? bacaJugaWithView({ targets: () => latest.current.targets, link: linkBacaJuga }) : extension
      ),
      NodeViewsOnce,
      InputAfterFrame,
      Placeholder.configure({ placeholder: () => t('bodyPlaceholder') }),
      CaretBlock,
      DatelineDecoration.configure({ text: () => latest.current.dateline }),
      FindReplace.configure({ open: (mode) => setFind((open) => ({ mode, request: (open?.request ?? 0) + 1 })) }),
      WriterKeymap.configure({
        openBacaJugaPicker: () => setDialog('baca-juga'),
        openPullQuoteDialog: () => setDialog('pull-quote'),
        openLinkDialog: () => linkOpener.current(),
        saveNow: () => latest.current.saveNow()
      })
    ],
    // Rebuilt only for a new language (the placeholder), never per keystroke.
    [t, linkBacaJuga]
  )

  const editor = useEditor(
    {
      extensions,
      content: editorContent(props.initialBody),
      editable: !props.readOnly,
      shouldRerenderOnTransaction: false,
      editorProps: {
        // Cleaned as a string before ProseMirror parses it: no pasted markup becomes DOM as it came.
        transformPastedHTML: cleanPastedHtml,
        attributes: { 'aria-label': t('body'), 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true', lang: 'id' }
      },
      onUpdate: ({ transaction }) => {
        if (transaction.docChanged) latest.current.onChange()
      }
    },
    [extensions]
  )

  const openLink = useCallback((): void => {
    linkRange.current = visibleSelection(editor)
    setDialog('link')
  }, [editor])
  useEffect(() => {
    linkOpener.current = openLink
  }, [openLink])

  useEffect(() => {
    const { bindBody, onEditor } = latest.current
    bindBody(() => storedBody(editor))
    onEditor?.(editor)
    return () => {
      // The editor is about to be destroyed; what it holds is kept for a save that comes later.
      const last = storedBody(editor)
      bindBody(() => last)
    }
  }, [editor])

  useEffect(() => {
    editor.commands.refreshDateline()
  }, [editor, props.dateline])

  useEffect(() => {
    editor.setEditable(!props.readOnly)
  }, [editor, props.readOnly])

  const insertBacaJuga = (article: ArticleSummary): void => {
    setDialog(null)
    setLinkingAt(null)
    targets.forget(article.id)
    const attrs = { articleId: article.id, title: article.headline }
    if (linkingAt === null) editor.chain().focus().insertBacaJuga(attrs).run()
    else editor.chain().focus().linkBacaJuga(linkingAt, attrs).setNodeSelection(linkingAt).run()
  }
  return (
    <>
      <div className="body-editor">
        {!props.readOnly && <Toolbar editor={editor} onLink={openLink} onBacaJuga={() => setDialog('baca-juga')} onPullQuote={() => setDialog('pull-quote')} />}
        {find && (
          <FindBar
            editor={editor}
            mode={find.mode}
            request={find.request}
            onMode={(mode) => setFind((open) => ({ mode, request: open?.request ?? 0 }))}
            onClose={() => {
              setFind(null)
              editor.commands.focus()
            }}
          />
        )}
        <EditorContent editor={editor} className="body-editor__content" />
      </div>
      {dialog === 'baca-juga' && (
        <BacaJugaPicker
          currentId={props.articleId}
          title={linkingAt === null ? undefined : t('pickerLinkTitle')}
          onPick={insertBacaJuga}
          onClose={() => {
            setDialog(null)
            setLinkingAt(null)
            editor.commands.focus()
          }}
        />
      )}
      {dialog === 'pull-quote' && (
        <PullQuoteDialog
          // The selected words, when the writer picked the line to lift before asking.
          initialQuote={editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to, ' ')}
          onInsert={(attrs) => {
            setDialog(null)
            editor.chain().focus().insertPullQuote(attrs).run()
          }}
          onClose={() => {
            setDialog(null)
            editor.commands.focus()
          }}
        />
      )}
      {dialog === 'link' && (
        <LinkDialog
          initial={(editor.getAttributes('link').href as string | undefined) ?? ''}
          onApply={(href) => {
            setDialog(null)
            const range = linkRange.current ?? editor.state.selection
            editor.chain().focus().setTextSelection(range).extendMarkRange('link').setLink({ href }).run()
          }}
          onRemove={() => {
            setDialog(null)
            const range = linkRange.current ?? editor.state.selection
            editor.chain().focus().setTextSelection(range).extendMarkRange('link').unsetLink().run()
          }}
          onClose={() => {
            setDialog(null)
            editor.commands.focus()
          }}
        />
      )}
    </>
  )
})
