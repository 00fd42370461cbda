import { useTranslation } from 'react-i18next'
import { KeyCombo } from './KeyCombo'
import { SHORTCUT_GROUPS, SHORTCUTS, type ShortcutGroup, type ShortcutLabelKey } from './shortcuts'
import { useModalDialog } from './useModalDialog'
import './HelpSheet.css'

interface Row {
  labelKey: ShortcutLabelKey
  alternatives: (readonly string[])[]
}

/** Shortcuts of a group, one row per action; alternatives for one action share its row. */
function rowsOf(group: ShortcutGroup): Row[] {
  const rows = new Map<string, Row>()
  for (const s of SHORTCUTS) {
    if (s.group !== group) continue
    const row = rows.get(s.labelKey) ?? { labelKey: s.labelKey, alternatives: [] }
    row.alternatives.push(s.keys)
    rows.set(s.labelKey, row)
  }
  return [...rows.values()]
}

/** The keyboard shortcuts sheet (F1, Mod-/): a modal dialog, Esc or the button closes it. */
export function HelpSheet({ open, onClose }: { open: boolean; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation('help')
  const { ref, onKeyDown, onCancel } = useModalDialog(open, onClose)
  return (
    <dialog
      ref={ref}
      className="help-sheet"
      aria-modal="true"
      aria-labelledby="help-sheet-title"
      aria-describedby="help-sheet-intro"
      onCancel={onCancel}
      // A close the page cannot refuse (the browser's rules for a repeated Esc) still clears the flag.
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      {open && (
        <>
          <header className="help-sheet__header">
            <h2 id="help-sheet-title">{t('title')}</h2>
            <button type="button" className="button button--quiet" onClick={onClose}>
              {t('close')}
            </button>
          </header>
          <p id="help-sheet-intro" className="help-sheet__intro">
            {t('intro')}
          </p>
          <div className="help-sheet__groups">
            {SHORTCUT_GROUPS.map((group) => (
              <section key={group} aria-labelledby={`help-group-${group}`}>
                <h3 id={`help-group-${group}`}>{t(`group.${group}`)}</h3>
                <dl className="help-sheet__list">
                  {rowsOf(group).map((row) => (
                    <div key={row.labelKey} className="help-sheet__row">
                      <dt>{t(row.labelKey)}</dt>
                      <dd>
                        {row.alternatives.map((keys, i) => (
                          <span key={keys.join('-')}>
                            {i > 0 && <span className="help-sheet__or"> {t('or')} </span>}
                            <KeyCombo keys={keys} />
                          </span>
                        ))}
                      </dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
        </>
      )}
    </dialog>
  )
}
