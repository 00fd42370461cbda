import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article, ArticleDraft } from '../../../../shared/article'
import type { Failure, Result } from '../../../../shared/result'
import { Dialog } from '../../ui/Dialog'
import { useFailureText } from '../../ui/failure-text'
import { articleSyncState, draftOf } from './article-sync'
import { ConflictChoices, type TheirSource } from './ConflictChoices'
import { ConflictCompare, type ConflictPair } from './ConflictCompare'
import { MergeView } from './MergeView'
import { useSyncStatus } from './useSyncStatus'
import './sync.css'

export interface ArticleSyncBannerProps {
  articleId: string
  /** Stores what was typed, so a decision sees it. */
  beforeAction: () => Promise<void>
  /** The draft as typed now, saved or not. */
  readDraft: () => ArticleDraft
  /**
   * A newer version stored under unsaved typing, or null: sent by the server, or saved by another
   * window (this window's save was refused as a conflict).
   */
  changed: { article: Article; source: TheirSource } | null
  /** A decision changed the stored article: read it again. */
  onStored: () => void
  /** Edit this version from now on (what was typed and not saved is let go). */
  onTake: (article: Article) => void
  /** What was typed is stored as this version, on top of theirs: keep editing it as it stands. */
  onKept: (article: Article) => void
}

/**
 * What the server did not take of the open article, where the writer works: a refusal with its
 * reason (send again after fixing, or discard), a conflict (compare, merge by hand, or the three
 * ways of Pengaturan), or a server version that arrived during unsaved typing.
 */
export function ArticleSyncBanner(props: ArticleSyncBannerProps): React.JSX.Element | null {
  const { t } = useTranslation('sync')
  const word = useFailureText()
  const { status, refresh } = useSyncStatus()
  const [view, setView] = useState<'banner' | 'compare' | 'confirm-discard'>('banner')
  const [merging, setMerging] = useState<{ server: ArticleDraft; local: ArticleDraft; save: (d: ArticleDraft) => Promise<Result<unknown>>; theirLabel?: string } | null>(null)
  const [error, setError] = useState<Failure | null>(null)
  const state = articleSyncState(status, props.articleId)
  const { articleId, beforeAction, onStored, changed } = props

  const decided = (): void => {
    refresh()
    setView('banner')
    setMerging(null)
    onStored()
  }
  const mergeConflict = (pair: ConflictPair): void =>
    setMerging({
      server: draftOf(pair.server),
      local: draftOf(pair.local),
      save: async (draft) => {
        const result = await window.redaksi.sync.resolve({ articleId, take: 'merged', draft })
        if (result.ok) decided()
        return result
      }
    })
  const openMerge = async (): Promise<void> => {
    await beforeAction().catch(() => undefined)
    const pair = await window.redaksi.sync.conflict({ articleId })
    if (pair.ok) mergeConflict(pair.value)
    else setError(pair.error)
  }
  const retry = async (): Promise<void> => {
    await beforeAction().catch(() => undefined)
    for (const change of state.refused) {
      const result = await window.redaksi.sync.retry({ changeId: change.changeId })
      if (!result.ok) setError(result.error)
    }
    refresh()
  }
  const discard = async (): Promise<void> => {
    for (const change of state.refused) {
      const result = await window.redaksi.sync.discard({ changeId: change.changeId })
      if (!result.ok) setError(result.error)
    }
    decided()
  }

  let banner: React.JSX.Element | null = null
  if (merging) {
    banner = <MergeView server={merging.server} local={merging.local} onSave={merging.save} onCancel={() => setMerging(null)} {...(merging.theirLabel ? { theirLabel: merging.theirLabel } : {})} />
  } else if (state.conflict) {
    banner = (
      <section className="notice sync-banner" aria-label={t('markConflict')}>
        <p>{t('conflictBanner')}</p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => void beforeAction().catch(() => undefined).then(() => setView(view === 'compare' ? 'banner' : 'compare'))}>
            {t('compare')}
          </button>
          <button type="button" className="button" onClick={() => void openMerge()}>
            {t('mergeByHand')}
          </button>
        </div>
        {view === 'compare' && <ConflictCompare articleId={articleId} onSettled={decided} onMerge={mergeConflict} />}
      </section>
    )
  } else if (state.refused.length > 0) {
    const first = state.refused[0]!
    banner = (
      <section className="notice sync-banner" aria-label={t('markRefused')}>
        <p>
          <strong>{t('refusedBanner', { reason: first.failure ? word(first.failure) : '' })}</strong>
        </p>
        <p className="field__hint">{t('refusedHint')}</p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => void retry()}>
            {t('retry')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setView('confirm-discard')}>
            {t('discardChange')}
          </button>
        </div>
        {view === 'confirm-discard' && (
          <Dialog title={t('discardTitle')} onClose={() => setView('banner')}>
            <p>{t('discardBody')}</p>
            <div className="dialog__actions">
              <button type="button" className="button button--quiet" onClick={() => setView('banner')}>
                {t('cancel')}
              </button>
              <button type="button" className="button button--primary" onClick={() => void discard()}>
                {t('discardConfirm')}
              </button>
            </div>
          </Dialog>
        )}
      </section>
    )
  } else if (changed) {
    const theirs = changed.article
    const title = changed.source === 'server' ? t('changedOnServer') : t('changedElsewhere')
    const saveOnTheirs = async (draft: ArticleDraft): Promise<Result<Article>> =>
      window.redaksi.articles.save({ id: theirs.id, rev: theirs.rev, draft })
    banner = (
      <section className="notice sync-banner" aria-label={title}>
        <p>
          <strong>{title}</strong> {changed.source === 'server' ? t('changedOnServerHint') : t('changedElsewhereHint')}
        </p>
        <ConflictChoices
          source={changed.source}
          theirs={draftOf(theirs)}
          mine={props.readDraft()}
          onTakeTheirs={async () => {
            props.onTake(theirs)
            return { ok: true, value: null }
          }}
          onKeepMine={async () => {
            const result = await saveOnTheirs(props.readDraft())
            if (result.ok) props.onKept(result.value)
            return result
          }}
        >
          <button
            type="button"
            className="button"
            onClick={() =>
              setMerging({
                server: draftOf(theirs),
                local: props.readDraft(),
                ...(changed.source === 'window' ? { theirLabel: t('otherWindowVersion') } : {}),
                save: async (draft) => {
                  const result = await saveOnTheirs(draft)
                  if (result.ok) {
                    setMerging(null)
                    props.onTake(result.value)
                  }
                  return result
                }
              })
            }
          >
            {t('mergeByHand')}
          </button>
        </ConflictChoices>
      </section>
    )
  }
  if (!banner && !error) return null
  return (
    <div className="sync-banners">
      {banner}
      {error && (
        <p role="alert" className="field__hint field__hint--warning">
          {word(error)}
        </p>
      )}
    </div>
  )
}
