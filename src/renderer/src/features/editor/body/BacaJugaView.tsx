import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import type { BacaJugaAttrs } from '../../../../../shared/article'
import { useLinkBacaJuga } from './baca-juga-link'
import { useBacaJugaTarget } from './baca-juga-targets'

/**
 * A Baca Juga block as the writer sees it, with a warning when its target went away or was
 * retitled, and a way to link it to a stored article when it has no live target.
 */
export function BacaJugaView({ node, updateAttributes, deleteNode, selected, editor, getPos }: ReactNodeViewProps): React.JSX.Element {
  const { t } = useTranslation('editor')
  const { articleId, title } = node.attrs as BacaJugaAttrs
  const target = useBacaJugaTarget(articleId)
  const linkBacaJuga = useLinkBacaJuga()
  const renamed = target?.state === 'live' && target.headline !== title ? target.headline : null
  const unlinked = !articleId || target?.state === 'gone' || target?.state === 'spiked'
  const link = (): void => {
    const pos = getPos()
    if (typeof pos === 'number') linkBacaJuga?.(pos)
  }

  return (
    <NodeViewWrapper
      as="aside"
      className={`baca-juga-block${selected ? ' is-selected' : ''}`}
      data-baca-juga=""
      data-article-id={articleId ?? undefined}
      aria-label={`${t('bacaJugaLabel')} ${title}`}
    >
      <p className="baca-juga-block__line" data-drag-handle="">
        <strong>{t('bacaJugaLabel')}</strong> <span className="baca-juga-block__title">{title}</span>
      </p>
      {!articleId && <p className="baca-juga-block__warning">{t('bacaJugaUnresolved')}</p>}
      {(target?.state === 'gone' || target?.state === 'spiked') && (
        <p className="baca-juga-block__warning" role="status">
          {t('bacaJugaSpiked')}
        </p>
      )}
      {renamed && (
        <p className="baca-juga-block__warning" role="status">
          {t('bacaJugaRenamed', { title: renamed })}{' '}
          <button type="button" className="button" onClick={() => updateAttributes({ title: renamed })}>
            {t('bacaJugaRefresh')}
          </button>
        </p>
      )}
      {unlinked && editor.isEditable && linkBacaJuga && (
        <p className="baca-juga-block__warning">
          <button type="button" className="button" onClick={link}>
            {t('bacaJugaLink')}
          </button>
        </p>
      )}
      <button type="button" className="baca-juga-block__remove" aria-label={t('bacaJugaRemove')} onClick={() => deleteNode()}>
        ×
      </button>
    </NodeViewWrapper>
  )
}
