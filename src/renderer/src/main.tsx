// Tokens, resets and shared primitives first: every component's own stylesheet comes after them.
import './ui/tokens.css'
import './ui/base.css'
import './ui/controls.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { readEarly } from './features/editor'
import { ProfileProvider } from './features/profiles'
import { setupI18n } from './i18n/setup'
import { parseRoute } from './ui/router'
import { applyTheme } from './ui/theme'

async function start(): Promise<void> {
  const asked = window.redaksi.settings.get({})
  // The article (a page load of #/artikel/<id>) is asked for after the settings, so their small
  // answer, all the first render waits for, is not queued behind it.
  const route = parseRoute(window.location.hash)
  if (route.screen === 'article') readEarly(route.id)
  const settings = await asked
  await setupI18n(settings.ok ? settings.value.language : 'id')
  // Before the first render, so a dark choice never flashes light.
  if (settings.ok) applyTheme(settings.value.theme)
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  createRoot(root).render(
    <StrictMode>
      <ProfileProvider>
        <App />
      </ProfileProvider>
    </StrictMode>
  )
}

void start()
