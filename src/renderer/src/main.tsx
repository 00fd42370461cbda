// Before anything else is evaluated: the requests the first render waits for.
import { earlyArticleArrival, earlySettings } from './ui/early-reads'
// Tokens, resets and shared primitives first: every component's own stylesheet comes after them.
import './ui/tokens.css'
import './ui/base.css'
import './ui/controls.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { ProfileProvider } from './features/profiles'
import { setupI18n } from './i18n/setup'
import { applyTheme } from './ui/theme'

// How long the first render waits for the page load's article once the settings have come: the
// two answers come a few ms apart, and a slow article gets the "Memuat artikel…" screen (decision 0116).
const EARLY_ARTICLE_WAIT_MS = 200

async function start(): Promise<void> {
  const settings = await earlySettings
  await setupI18n(settings.ok ? settings.value.language : 'id')
  await earlyArticleArrival(EARLY_ARTICLE_WAIT_MS)
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
