import { useEffect, useState } from 'react'
import type { NameSuggestions, Settings } from '../../../../shared/ipc'
import { DEFAULT_SETTINGS } from '../../../../shared/settings'

const NO_NAMES: NameSuggestions = { penulis: [], editor: [], sumber: [] }

/** The newsroom settings and earlier names the form needs; the form works with defaults until they arrive. */
export function useEditorSettings(): { headlineLimit: number; names: NameSuggestions } {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [names, setNames] = useState<NameSuggestions>(NO_NAMES)
  useEffect(() => {
    let current = true
    void window.redaksi.settings.get({}).then((r) => current && r.ok && setSettings(r.value))
    void window.redaksi.articles.names({}).then((r) => current && r.ok && setNames(r.value))
    return () => {
      current = false
    }
  }, [])
  return { headlineLimit: settings?.headlineLimit ?? DEFAULT_SETTINGS.headlineLimit, names }
}
