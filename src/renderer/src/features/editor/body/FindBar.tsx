import { useEditorState, type Editor } from '@tiptap/react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { IS_MAC } from '../../../ui/platform'
import { matchesKeys } from '../../../ui/shortcut-keys'
import { shortcutKeys } from '../../../ui/shortcuts'
import { findNextMatch, findPreviousMatch, matchCount, replaceEveryMatch, replaceMatch, type FindMode } from './find-replace'

export interface FindBarProps {
  editor: Editor
  mode: FindMode
  /** Changes each time the writer asks for the bar again (Ctrl+F while it is open): focus goes back to it. */
  request: number
  onMode: (mode: FindMode) => void
  onClose: () => void
}

/** The selected words, when the writer selected some on one line before asking: what she looks for. */
function selectedWords(editor: Editor): string {
  const { from, to } = editor.state.selection
  const text = editor.state.doc.textBetween(from, to, '\n')
  return text.includes('\n') ? '' : text
}

/** The find (and replace) bar above the body: the count of matches, next and previous, replace. */
export function FindBar({ editor, mode, request, onMode, onClose }: FindBarProps): React.JSX.Element {
  const { t } = useTranslation('editor')
  const [search, setSearch] = useState(() => selectedWords(editor))
  const [replace, setReplace] = useState('')
  const [caseSensitive, setCaseSensitive] = useState(false)
  // Where the writer was when she opened the bar: the first match shown is the first from there.
  const origin = useRef(editor.state.selection.from)
  const findInput = useRef<HTMLInputElement>(null)
  const replaceInput = useRef<HTMLInputElement>(null)
  const count = useEditorState({ editor, selector: ({ editor: e }) => matchCount(e.state), equalityFn: (a, b) => a.current === b?.current && a.total === b.total })
  const editable = editor.isEditable

  useEffect(() => {
    findInput.current?.focus()
    findInput.current?.select()
  }, [request])

  useEffect(() => {
    editor.commands.setFindQuery({ search, replace, caseSensitive })
  }, [editor, search, replace, caseSensitive])

  useEffect(() => {
    if (search) editor.commands.selectMatchFrom(origin.current)
  }, [editor, search, caseSensitive])

  // Closing takes the highlights away; the selection stays on the match the writer was looking at.
  useEffect(
    () => () => {
      if (!editor.isDestroyed) editor.commands.setFindQuery({ search: '', replace: '', caseSensitive: false })
    },
    [editor]
  )

  const onKeyDown = (event: React.KeyboardEvent): void => {
    const target = event.target as HTMLElement
    if (event.key === 'Escape') {
      event.preventDefault()
      onClose()
    } else if (matchesKeys(event, shortcutKeys('search'), IS_MAC)) {
      event.preventDefault()
      onMode('find')
      findInput.current?.select()
    } else if (matchesKeys(event, shortcutKeys('find-replace'), IS_MAC) || matchesKeys(event, shortcutKeys('find-replace-alt'), IS_MAC)) {
      event.preventDefault()
      onMode('replace')
    } else if (event.key === 'Enter' && target === findInput.current) {
      event.preventDefault()
      if (event.shiftKey) findPreviousMatch(editor)
      else findNextMatch(editor)
    } else if (event.key === 'Enter' && target === replaceInput.current) {
      event.preventDefault()
      replaceMatch(editor)
    }
  }

  useEffect(() => {
    if (mode === 'replace') replaceInput.current?.focus()
  }, [mode, request])

  const status = !search ? '' : count.total === 0 ? t('findNone') : count.current === 0 ? t('findTotal', { total: count.total }) : t('findCount', { current: count.current, total: count.total })

  return (
    <div className="find-bar" role="search" aria-label={t(mode === 'replace' ? 'findReplaceTitle' : 'findTitle')} onKeyDown={onKeyDown}>
      <div className="find-bar__row">
        <input
          ref={findInput}
          className="find-bar__input"
          type="search"
          aria-label={t('findLabel')}
          placeholder={t('findLabel')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <span className="find-bar__count" role="status" data-testid="find-count">
          {status}
        </span>
        <button type="button" className="button button--quiet" disabled={count.total === 0} onClick={() => findPreviousMatch(editor)} aria-label={t('findPrevious')} title={t('findPrevious')}>
          ↑
        </button>
        <button type="button" className="button button--quiet" disabled={count.total === 0} onClick={() => findNextMatch(editor)} aria-label={t('findNext')} title={t('findNext')}>
          ↓
        </button>
        <label className="find-bar__option">
          <input type="checkbox" checked={caseSensitive} onChange={(event) => setCaseSensitive(event.target.checked)} />
          {t('findCase')}
        </label>
        {editable && mode === 'find' && (
          <button type="button" className="button button--quiet" onClick={() => onMode('replace')}>
            {t('findShowReplace')}
          </button>
        )}
        <button type="button" className="button button--quiet find-bar__close" onClick={onClose} aria-label={t('findClose')} title={t('findClose')}>
          ×
        </button>
      </div>
      {editable && mode === 'replace' && (
        <div className="find-bar__row">
          <input
            ref={replaceInput}
            className="find-bar__input"
            type="text"
            aria-label={t('replaceLabel')}
            placeholder={t('replaceLabel')}
            value={replace}
            onChange={(event) => setReplace(event.target.value)}
          />
          <button type="button" className="button" disabled={count.total === 0} onClick={() => replaceMatch(editor)}>
            {t('replaceOne')}
          </button>
          <button type="button" className="button" disabled={count.total === 0} onClick={() => replaceEveryMatch(editor)}>
            {t('replaceAll')}
          </button>
        </div>
      )}
    </div>
  )
}
