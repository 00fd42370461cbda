import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleDraft } from '../../../../shared/article'
import type { Failure, Result } from '../../../../shared/result'
import { useFailureText } from '../../ui/failure-text'
import { wordDiff } from '../review'
import { copyToClipboard, draftText } from './conflict-text'
import { fieldText, planMerge } from './merge-draft'
import { blockLine } from './WordDiffLine'
import { FIELD_WORD } from './field-words'

/** Where the other version came from: the newsroom server, or another window on this store. */
export type TheirSource = 'server' | 'window'

export interface ConflictChoicesProps {
  source: TheirSource
  theirs: ArticleDraft
  mine: ArticleDraft
  /** Edit their version from now on (what I typed is let go). */
  onTakeTheirs: () => Promise<Result<unknown>>
  /** Store my version as a new revision on top of theirs. */
  onKeepMine: () => Promise<Result<unknown>>
  /** Further ways out the caller offers (keep both, merge by hand). */
  children?: React.ReactNode
}

/** One side of a line: the words both have, and this side's own (struck on theirs, added on mine). */
function Side({ theirs, mine, side }: { theirs: string; mine: string; side: 'theirs' | 'mine' }): React.JSX.Element {
  return (
    <>
      {wordDiff(theirs, mine).map((part, i) => {
        if (part.kind === 'same') return <span key={i}>{part.text}</span>
        if (part.kind === 'added') return side === 'mine' ? <ins key={i}>{part.text}</ins> : null
        return side === 'theirs' ? <del key={i}>{part.text}</del> : null
      })}
    </>
  )
}

/**
 * The one compare of two versions of an article and the three ways out, for every case where a
 * newer version was stored under someone's typing: a conflict with the newsroom server, a server
 * version arriving during unsaved typing, and a save refused because another window saved first
 * (decision 0077). Both versions side by side, line by line, each side's own words marked.
 */
export function ConflictChoices(props: ConflictChoicesProps): React.JSX.Element {
  const { t } = useTranslation('sync')
  const word = useFailureText()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Failure | null>(null)
  const [copied, setCopied] = useState<boolean | null>(null)
  const { theirs, mine } = props
  const plan = planMerge(theirs, mine)
  const theirLabel = props.source === 'server' ? t('serverVersion') : t('otherWindowVersion')

  const run = (choice: () => Promise<Result<unknown>>): void => {
    setBusy(true)
    setError(null)
    void choice().then((result) => {
      setBusy(false)
      if (!result.ok) setError(result.error)
    })
  }
  const copy = (): void => void copyToClipboard(draftText(mine)).then(setCopied)

  const rows: { key: string; label: string; theirs: string; mine: string }[] = [{ key: 'headline', label: t('fieldHeadline'), theirs: theirs.headline, mine: mine.headline }]
  for (const field of plan.fields) {
    // The headline has its row first, whether or not it differs.
    if (field !== 'headline') rows.push({ key: field, label: t(FIELD_WORD[field]), theirs: fieldText(field, theirs), mine: fieldText(field, mine) })
  }
  plan.blocks.forEach((row, index) => {
    const label = t('blockChanged', { n: index + 1 })
    if (row.kind === 'same') rows.push({ key: row.key, label, theirs: blockLine(row.block), mine: blockLine(row.block) })
    else if (row.kind === 'changed') rows.push({ key: row.key, label, theirs: blockLine(row.server), mine: blockLine(row.local) })
    else rows.push({ key: row.key, label, theirs: row.side === 'server' ? blockLine(row.block) : '', mine: row.side === 'local' ? blockLine(row.block) : '' })
  })

  return (
    <div className="conflict">
      <table className="conflict__sides">
        <thead>
          <tr>
            <td />
            <th scope="col">{theirLabel}</th>
            <th scope="col">{t('localVersion')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.theirs === row.mine ? 'conflict__same' : undefined}>
              <th scope="row">{row.label}</th>
              <td data-side="theirs">
                <Side theirs={row.theirs} mine={row.mine} side="theirs" />
              </td>
              <td data-side="mine">
                <Side theirs={row.theirs} mine={row.mine} side="mine" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog__actions">
        <button type="button" className="button" disabled={busy} onClick={() => run(props.onTakeTheirs)}>
          {props.source === 'server' ? t('takeServer') : t('takeOtherWindow')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => run(props.onKeepMine)}>
          {t('keepMine')}
        </button>
        <button type="button" className="button" onClick={copy}>
          {t('copyMine')}
        </button>
        {props.children}
      </div>
      <p role="status" className="field__hint">
        {copied === true && t('copiedMine')}
        {copied === false && t('copyFailed')}
      </p>
      {error && (
        <p role="alert" className="field__hint field__hint--warning">
          {word(error)}
        </p>
      )}
    </div>
  )
}
