import { Extension, type Editor } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import { TextSelection, type Command, type EditorState } from '@tiptap/pm/state'
import {
  findNext,
  findPrev,
  getMatchHighlights,
  getSearchState,
  replaceAll,
  replaceNext,
  search,
  SearchQuery,
  setSearchState
} from 'prosemirror-search'

export type FindMode = 'find' | 'replace'

export interface FindReplaceOptions {
  /** Opens the find bar (Mod-F) or the find-and-replace bar (Mod-H, Mod-Alt-F). */
  open: (mode: FindMode) => void
}

export interface FindQuery {
  search: string
  replace: string
  caseSensitive: boolean
}

/** How many matches there are, and which one is selected (1-based; 0 when none is). */
export interface MatchCount {
  current: number
  total: number
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Sets what is searched for (and what replaces it); an empty search clears the highlights. */
      setFindQuery: (query: FindQuery) => ReturnType
      /** Selects the first match at or after `from`, or the first one of the body. */
      selectMatchFrom: (from: number) => ReturnType
    }
  }
}

/** The matches the plugin highlights, counted, and the selected one's place among them. */
export function matchCount(state: EditorState): MatchCount {
  const matches = getMatchHighlights(state).find()
  const { from, to } = state.selection
  const index = matches.findIndex((match) => match.from === from && match.to === to)
  return { current: index + 1, total: matches.length }
}

export function currentQuery(state: EditorState): FindQuery | null {
  const query = getSearchState(state)?.query
  return query ? { search: query.search, replace: query.replace, caseSensitive: query.caseSensitive } : null
}

/** The plugin's own commands make their own transaction, so they run on the view, not in a chain. */
const run = (editor: Editor, command: Command): boolean => command(editor.state, editor.view.dispatch, editor.view)

export const findNextMatch = (editor: Editor): boolean => run(editor, findNext)
export const findPreviousMatch = (editor: Editor): boolean => run(editor, findPrev)

/**
 * A replacement is one undo step of its own: history would otherwise merge it with typing just
 * before or after it (transactions within half a second are one step), so it is closed off on
 * both sides.
 */
function replacing(editor: Editor, command: Command): boolean {
  if (!editor.isEditable) return false
  const { view } = editor
  // The editor's state rather than the view's: reading it takes in a letter not yet read (decision 0111).
  const done = command(editor.state, (tr) => view.dispatch(closeHistory(tr)), view)
  if (done) view.dispatch(closeHistory(view.state.tr))
  return done
}

/** Replaces the selected match (or selects the next one, when none is) and moves on. */
export const replaceMatch = (editor: Editor): boolean => replacing(editor, replaceNext)
export const replaceEveryMatch = (editor: Editor): boolean => replacing(editor, replaceAll)

/**
 * Find and replace in the body through ProseMirror's maintained search plugin (prosemirror-search):
 * it keeps the query, highlights every match (classes ProseMirror-search-match and
 * ProseMirror-active-search-match, styled in body-editor.css) and does the replacing. The search is
 * literal: a writer looking for "Rp 2,5" means those characters, never a pattern.
 */
export const FindReplace = Extension.create<FindReplaceOptions>({
  name: 'findReplace',

  addOptions() {
    return { open: () => undefined }
  },

  addProseMirrorPlugins() {
    return [search()]
  },

  // ProseMirror scrolls to the selection only while the DOM selection is in the editor; with the
  // find bar focused it is in the bar's field, so the match a step selected is scrolled to here.
  onTransaction({ transaction }) {
    const { view } = this.editor
    if (!transaction.scrolledIntoView || view.hasFocus() || !getSearchState(view.state)?.query.valid) return
    view.dom.querySelector('.ProseMirror-active-search-match')?.scrollIntoView({ block: 'center' })
  },

  addCommands() {
    return {
      setFindQuery:
        ({ search: text, replace, caseSensitive }) =>
        ({ tr, dispatch }) => {
          if (dispatch) setSearchState(tr, new SearchQuery({ search: text, replace, caseSensitive, literal: true }))
          return true
        },
      selectMatchFrom:
        (from) =>
        ({ state, tr, dispatch }) => {
          const query = getSearchState(state)?.query
          if (!query?.valid) return false
          const match = query.findNext(state, from) ?? query.findNext(state, 0)
          if (!match) return false
          if (dispatch) tr.setSelection(TextSelection.create(tr.doc, match.from, match.to)).scrollIntoView()
          return true
        }
    }
  },

  addKeyboardShortcuts() {
    const open = (mode: FindMode) => () => {
      this.options.open(mode)
      return true
    }
    return { 'Mod-f': open('find'), 'Mod-h': open('replace'), 'Mod-Alt-f': open('replace') }
  }
})
