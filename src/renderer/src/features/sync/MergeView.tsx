import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleDraft } from '../../../../shared/article'
import type { Failure, Result } from '../../../../shared/result'
import { useFailureText } from '../../ui/failure-text'
import { BlockChoices, FieldChoices } from './MergeChoices'
import { mergedDraft, planMerge, startingChoices, type MergeChoices } from './merge-draft'

/**
 * Merge by hand: starts from the local version; per field and per top-level body block the person
 * takes the server's value or keeps theirs (a block only one side has is kept or dropped), edits the
 * resulting headline, and saves the result through `onSave`.
 */
export function MergeView(props: {
  server: ArticleDraft
  local: ArticleDraft
  onSave: (draft: ArticleDraft) => Promise<Result<unknown>>
  onCancel: () => void
  /** Whose the other version is: the server's (the default) or another window's. */
  theirLabel?: string
}): React.JSX.Element {
  const { t } = useTranslation('sync')
  const word = useFailureText()
  const id = useId()
  const { server, local } = props
  const plan = useMemo(() => planMerge(server, local), [server, local])
  const [choices, setChoices] = useState<MergeChoices>(() => startingChoices(plan))
  const [headline, setHeadline] = useState(local.headline)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Failure | null>(null)

  const save = (): void => {
    setBusy(true)
    setError(null)
    const draft = { ...mergedDraft(server, local, plan, choices), headline }
    void props.onSave(draft).then((result) => {
      setBusy(false)
      if (!result.ok) setError(result.error)
    })
  }

  return (
    <section className="sync-merge" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('mergeTitle')}</h3>
      <p>{t('mergeIntro')}</p>
      <FieldChoices
        fields={plan.fields}
        server={server}
        local={local}
        choices={choices}
        theirLabel={props.theirLabel}
        onPick={(field, side) => {
          setChoices((c) => ({ ...c, fields: { ...c.fields, [field]: side } }))
          if (field === 'headline') setHeadline(side === 'server' ? server.headline : local.headline)
        }}
      />
      <BlockChoices rows={plan.blocks} choices={choices} theirLabel={props.theirLabel} onPick={(key, choice) => setChoices((c) => ({ ...c, blocks: { ...c.blocks, [key]: choice } }))} />
      {plan.fields.length === 0 && plan.blocks.every((r) => r.kind === 'same') && <p>{t('mergeSame')}</p>}
      <div className="field">
        <label htmlFor={`${id}-headline`}>{t('resultHeadline')}</label>
        <input id={`${id}-headline`} value={headline} onChange={(e) => setHeadline(e.target.value)} />
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {t('cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={busy} onClick={save}>
          {t('saveMerge')}
        </button>
      </div>
      {error && (
        <p role="alert" className="field__hint field__hint--warning">
          {word(error)}
        </p>
      )}
    </section>
  )
}
