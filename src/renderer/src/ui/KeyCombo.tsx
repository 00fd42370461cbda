import { Fragment } from 'react'
import { IS_MAC } from './platform'
import { keyLabels } from './shortcut-keys'
import './KeyCombo.css'

/** A key combination as keycaps: Ctrl + Shift + S, or ⌘ ⇧ S on a Mac. */
export function KeyCombo({ keys }: { keys: readonly string[] }): React.JSX.Element {
  const labels = keyLabels(keys, IS_MAC)
  return (
    <span className="key-combo">
      {labels.map((label, i) => (
        <Fragment key={i}>
          {i > 0 && !IS_MAC && <span className="key-combo__plus">+</span>}
          <kbd>{label}</kbd>
        </Fragment>
      ))}
    </span>
  )
}
