import { NodeView, type NodeViewRendererProps } from '@tiptap/core'
import i18next from 'i18next'
import type { BacaJugaAttrs } from '../../../../../shared/article'
import { BacaJuga } from '../../../../../shared/editor/nodes/baca-juga'
import type { BacaJugaTargets, TargetInfo } from './baca-juga-targets'
import { afterFirstFrame } from './after-first-frame'

export interface BacaJugaViewDeps {
  /** The open article's lookups of Baca Juga targets (shared with the house-style panel). */
  targets: () => BacaJugaTargets
  /** Opens the picker to link the block at a document position. */
  link: (pos: number) => void
}

/** An element with its class and text, the markup's building block. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', 'button', label)
  b.type = 'button'
  b.addEventListener('click', onClick)
  return b
}

/**
 * A Baca Juga block as the writer sees it, with a warning when its target went away or was
 * retitled, and a way to link it to a stored article when it has no live target. Plain DOM, not a
 * React node view: twenty React portals drew a long article's blocks a render after its text
 * (decision 0107). The target's state is asked for after the first frame; until it answers the
 * block shows what a live target shows.
 */
export class BacaJugaNodeView extends NodeView<null> {
  private readonly root = el('aside', 'baca-juga-block')
  private readonly line = el('p', 'baca-juga-block__line')
  private readonly label = el('strong')
  private readonly title = el('span', 'baca-juga-block__title')
  private notes: HTMLElement[] = []
  private readonly remove = el('button', 'baca-juga-block__remove', '×')
  private target: { id: string; info: TargetInfo } | null = null
  private shown = ''
  private shownEditable = true
  private cancelLookup: () => void = () => undefined

  constructor(
    props: NodeViewRendererProps,
    private readonly deps: BacaJugaViewDeps
  ) {
    super(null, props)
    this.root.dataset.bacaJuga = ''
    this.line.dataset.dragHandle = ''
    this.line.append(this.label, ' ', this.title)
    this.remove.type = 'button'
    this.remove.addEventListener('click', () => this.deleteNode())
    this.root.append(this.line, this.remove)
    this.root.addEventListener('dragstart', (event) => this.onDragStart(event))
    i18next.on('languageChanged', this.render)
    this.editor.on('update', this.renderIfEditableChanged)
    this.render()
    this.lookUp()
  }

  override get dom(): HTMLElement {
    return this.root
  }

  override get contentDOM(): null {
    return null
  }

  update(node: NodeViewRendererProps['node']): boolean {
    if (node.type !== this.node.type) return false
    const before = (this.node.attrs as BacaJugaAttrs).articleId
    this.node = node
    if ((node.attrs as BacaJugaAttrs).articleId !== before) this.lookUp()
    this.render()
    return true
  }

  selectNode(): void {
    this.root.classList.add('is-selected', 'ProseMirror-selectednode')
  }

  deselectNode(): void {
    this.root.classList.remove('is-selected', 'ProseMirror-selectednode')
  }

  destroy(): void {
    this.cancelLookup()
    i18next.off('languageChanged', this.render)
    this.editor.off('update', this.renderIfEditableChanged)
  }

  private lookUp(): void {
    this.cancelLookup()
    const { articleId } = this.node.attrs as BacaJugaAttrs
    if (!articleId) return
    let current = true
    const cancelWait = afterFirstFrame(() => {
      void this.deps
        .targets()
        .lookup(articleId)
        .then((info) => {
          if (!current) return
          this.target = { id: articleId, info }
          this.render()
        })
    })
    this.cancelLookup = () => {
      current = false
      cancelWait()
    }
  }

  // The editor emits `update` on every change and when it turns read-only; only the latter matters here.
  private readonly renderIfEditableChanged = (): void => {
    if (this.editor.isEditable !== this.shownEditable) this.render()
  }

  /** Redraws the block when what it shows changed; a keystroke elsewhere in the body changes nothing. */
  private readonly render = (): void => {
    const { articleId, title } = this.node.attrs as BacaJugaAttrs
    const info = articleId && this.target?.id === articleId ? this.target.info : null
    const key = JSON.stringify([i18next.language, articleId, title, info, this.editor.isEditable])
    if (key === this.shown) return
    this.shown = key
    this.shownEditable = this.editor.isEditable
    const t = i18next.getFixedT(null, 'editor')
    if (articleId) this.root.dataset.articleId = articleId
    else delete this.root.dataset.articleId
    this.root.setAttribute('aria-label', `${t('bacaJugaLabel')} ${title}`)
    this.label.textContent = t('bacaJugaLabel')
    this.title.textContent = title
    this.remove.setAttribute('aria-label', t('bacaJugaRemove'))

    const renamed = info?.state === 'live' && info.headline !== title ? info.headline : null
    const lost = info?.state === 'gone' || info?.state === 'spiked'
    const notes: HTMLElement[] = []
    if (!articleId) notes.push(el('p', 'baca-juga-block__warning', t('bacaJugaUnresolved')))
    if (lost) notes.push(status(t('bacaJugaSpiked')))
    if (renamed) {
      const note = status(`${t('bacaJugaRenamed', { title: renamed })} `)
      note.append(button(t('bacaJugaRefresh'), () => this.updateAttributes({ title: renamed })))
      notes.push(note)
    }
    if ((!articleId || lost) && this.editor.isEditable) {
      const note = el('p', 'baca-juga-block__warning')
      note.append(
        button(t('bacaJugaLink'), () => {
          const pos = this.getPos()
          if (typeof pos === 'number') this.deps.link(pos)
        })
      )
      notes.push(note)
    }
    for (const note of this.notes) note.remove()
    this.notes = notes
    this.remove.before(...notes)
  }
}

function status(text: string): HTMLParagraphElement {
  const note = el('p', 'baca-juga-block__warning', text)
  note.setAttribute('role', 'status')
  return note
}

/** The Baca Juga node drawn by BacaJugaNodeView in the body editor. */
export const bacaJugaWithView = (deps: BacaJugaViewDeps): typeof BacaJuga =>
  BacaJuga.extend({
    addNodeView() {
      return (props) => new BacaJugaNodeView(props, deps)
    }
  })
