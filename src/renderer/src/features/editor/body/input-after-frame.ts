import { Extension, type Editor } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'

/**
 * What a typed letter costs before the writer sees it (decision 0111). Chromium puts the letter
 * into the DOM itself; ProseMirror then reads that change back into its document and runs the
 * transaction, in the key's own task, so the frame that shows the letter waited for it (1.4 ms a
 * key in a 10,000-word body, where the whole budget is 5 ms). Here the read waits until the frame
 * has been drawn: the letter is on screen first, and the document has it one task later.
 *
 * ProseMirror already knows how to hold a read back (its `flushSoon`, for browsers whose DOM
 * changes arrive in pieces): while `flushingSoon` is set its own flushes wait, and the inputs that
 * must act on the document as typed (a key, a click, a composition's end) force the read first.
 * What it does not cover is covered here: code reading the document with no input of the view's
 * own (a toolbar button, the autosave, the save on closing the page) reads the editor's `state`,
 * which catches up first; so do a composition's start, a paste and a drop, wherever they land.
 */

/** The parts of prosemirror-view's DOMObserver this relies on; it is internal to prosemirror-view. */
interface DomObserver {
  observer: MutationObserver | null
  queue: MutationRecord[]
  flushingSoon: number
  flush(): void
  forceFlush(): void
  start(): void
  stop(): void
}

// A page that draws no frame (hidden, or a frame that never comes) reads the change this late.
const NO_FRAME_MS = 100
// Inputs that act on the document without going through a ProseMirror handler that reads first.
const CATCH_UP_ON = ['keydown', 'compositionstart', 'paste', 'cut', 'copy', 'drop', 'dragstart', 'mousedown', 'focusout'] as const

export interface HeldInput {
  /** Reads a held change now, if one is waiting; says whether one was. */
  catchUp(): boolean
  /** Whether the view is reading held typing back right now (the browser has shown its caret already). */
  readingTyping(): boolean
  /** Puts the view's observer back as ProseMirror made it. */
  restore(): void
}

/** Installs the deferred read on one view. */
export function readInputAfterFrame(view: EditorView): HeldInput {
  const observer = (view as unknown as { domObserver?: DomObserver }).domObserver
  const win = view.dom.ownerDocument.defaultView
  if (!observer?.observer || !win) return { catchUp: () => false, readingTyping: () => false, restore: () => undefined }
  const original = observer.observer
  // The timer this module put in `flushingSoon`: a hold-back of ProseMirror's own is left to it.
  let held = -1
  let reading = false
  const holding = (): boolean => held > -1 && observer.flushingSoon === held
  const readHeld = (flush: () => void): void => {
    reading = true
    try {
      flush()
    } finally {
      reading = false
    }
  }
  const read = (): void => {
    held = -1
    observer.flushingSoon = -1
    readHeld(() => observer.flush())
  }
  const hold = (): void => {
    if (observer.flushingSoon > -1) return
    const timer = (held = observer.flushingSoon = win.setTimeout(read, NO_FRAME_MS))
    win.requestAnimationFrame(() => {
      // Read meanwhile (a key, a click): nothing is held any more.
      if (held !== timer || observer.flushingSoon !== timer) return
      win.clearTimeout(timer)
      // A task queued from the frame's callback runs once that frame's work is done.
      held = observer.flushingSoon = win.setTimeout(read, 0)
    })
  }
  const catchUp = (): boolean => {
    if (!holding()) return false
    held = -1
    readHeld(() => observer.forceFlush())
    return true
  }
  const deferring = new win.MutationObserver((records) => {
    for (const record of records) observer.queue.push(record)
    // A composition (dead keys, an IME) is read as ProseMirror reads it; only plain typing waits.
    if (!view.composing) hold()
    else if (!catchUp()) observer.flush()
  })
  const onInput = (): void => void catchUp()
  for (const type of CATCH_UP_ON) win.addEventListener(type, onInput, true)

  // Whether ProseMirror has the observer running, so that putting the original back restarts it
  // only then: a view being destroyed stops it before its plugin views go.
  const { start, stop } = observer
  let observing = true
  observer.start = () => {
    observing = true
    start.call(observer)
  }
  observer.stop = () => {
    observing = false
    stop.call(observer)
  }
  stop.call(observer)
  observer.observer = deferring
  start.call(observer)

  const restore = (): void => {
    catchUp()
    for (const type of CATCH_UP_ON) win.removeEventListener(type, onInput, true)
    const wasObserving = observing
    if (wasObserving) stop.call(observer)
    deferring.disconnect()
    observer.observer = original
    delete (observer as Partial<DomObserver>).start
    delete (observer as Partial<DomObserver>).stop
    if (wasObserving) start.call(observer)
  }
  return { catchUp, readingTyping: () => reading, restore }
}

/** The getter of `name` on the first of `target`'s prototypes that has one. */
function inheritedGetter(target: object, name: string): (() => unknown) | undefined {
  for (let proto = Object.getPrototypeOf(target) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const getter = Object.getOwnPropertyDescriptor(proto, name)?.get
    if (getter) return getter
  }
  return undefined
}

/** Every command, getJSON() and isActive() reads the editor's state: each catches up first. */
function catchUpOnRead(editor: Editor, held: HeldInput): () => void {
  const state = inheritedGetter(editor, 'state')
  if (!state) return () => undefined
  // ProseMirror's own reads (view.state) do not catch up, or a keyup handled before the frame's
  // task would do the read the frame was meant to go first.
  Object.defineProperty(editor, 'state', {
    configurable: true,
    get: () => {
      held.catchUp()
      return state.call(editor)
    }
  })
  return () => void delete (editor as { state?: unknown }).state
}

/** The body editor's letters reach the screen before ProseMirror reads them (see above). */
export const InputAfterFrame = Extension.create({
  name: 'inputAfterFrame',
  addProseMirrorPlugins() {
    const editor = this.editor
    let held: HeldInput | null = null
    return [
      new Plugin({
        key: new PluginKey('inputAfterFrame'),
        props: {
          // The browser scrolled its caret into view when it put the letter in, a frame ago; the
          // view's own scroll after reading the letter back measured the caret again (a forced
          // layout, 0.66 ms a key in the long article) to find it where it already was. Commands
          // (Enter, a paste, the toolbar) still scroll as ProseMirror does.
          handleScrollToSelection: () => held?.readingTyping() ?? false
        },
        view: (view) => {
          held = readInputAfterFrame(view)
          const stopCatchingUp = catchUpOnRead(editor, held)
          return {
            destroy: () => {
              stopCatchingUp()
              held?.restore()
              held = null
            }
          }
        }
      })
    ]
  }
})
