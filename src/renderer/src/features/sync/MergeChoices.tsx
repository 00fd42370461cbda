import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleDraft } from '../../../../shared/article'
import { fieldText, type BlockRow, type MergeChoices, type MergeField, type Side } from './merge-draft'
import { blockLine, WordDiffLine } from './WordDiffLine'
import { FIELD_WORD } from './field-words'


/** Two radio buttons: the server's (or another window's, `theirLabel`) value or mine, with the word diff between them. */
function PickSide(props: { legend: string; server: string; local: string; side: Side; onPick: (side: Side) => void; theirLabel?: string | undefined }): React.JSX.Element {
  const { t } = useTranslation('sync')
  const name = useId()
  return (
    <fieldset className="sync-merge__choice">
      <legend>{props.legend}</legend>
      <label>
        <input type="radio" name={name} checked={props.side === 'server'} onChange={() => props.onPick('server')} /> {props.theirLabel ?? t('serverVersion')}: {props.server}
      </label>
      <label>
        <input type="radio" name={name} checked={props.side === 'local'} onChange={() => props.onPick('local')} /> {t('localVersion')}: {props.local}
      </label>
      <WordDiffLine server={props.server} local={props.local} />
    </fieldset>
  )
}

export function FieldChoices(props: {
  fields: readonly MergeField[]
  server: ArticleDraft
  local: ArticleDraft
  choices: MergeChoices
  onPick: (field: MergeField, side: Side) => void
  theirLabel?: string | undefined
}): React.JSX.Element {
  const { t } = useTranslation('sync')
  return (
    <>
      {props.fields.map((field) => (
        <PickSide
          key={field}
          legend={t(FIELD_WORD[field])}
          server={fieldText(field, props.server)}
          local={fieldText(field, props.local)}
          side={props.choices.fields[field] ?? 'local'}
          onPick={(side) => props.onPick(field, side)}
          theirLabel={props.theirLabel}
        />
      ))}
    </>
  )
}

export function BlockChoices(props: {
  rows: readonly BlockRow[]
  choices: MergeChoices
  onPick: (key: string, choice: Side | 'keep' | 'drop') => void
  theirLabel?: string | undefined
}): React.JSX.Element {
  const { t } = useTranslation('sync')
  const same = props.rows.filter((r) => r.kind === 'same').length
  return (
    <>
      {props.rows.map((row, index) => {
        const n = index + 1
        if (row.kind === 'same') return null
        if (row.kind === 'changed') {
          return (
            <PickSide
              key={row.key}
              legend={t('blockChanged', { n })}
              server={blockLine(row.server)}
              local={blockLine(row.local)}
              side={props.choices.blocks[row.key] === 'server' ? 'server' : 'local'}
              onPick={(side) => props.onPick(row.key, side)}
              theirLabel={props.theirLabel}
            />
          )
        }
        const kept = (props.choices.blocks[row.key] ?? (row.side === 'local' ? 'keep' : 'drop')) === 'keep'
        return (
          <fieldset key={row.key} className="sync-merge__choice">
            <legend>{t(row.side === 'server' ? 'blockOnlyServer' : 'blockOnlyLocal', { n })}</legend>
            <p className={kept ? undefined : 'sync-merge__dropped'}>{blockLine(row.block)}</p>
            <label>
              <input type="checkbox" checked={kept} onChange={(e) => props.onPick(row.key, e.target.checked ? 'keep' : 'drop')} /> {t('keepBlock')}
            </label>
          </fieldset>
        )
      })}
      {same > 0 && <p className="field__hint">{t('sameBlocks', { count: same })}</p>}
    </>
  )
}
