// Before anything else is evaluated: the requests the first render waits for.
import { earlySettings } from './ui/early-reads'
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

async function start(): Promise<void> {
  const settings = await earlySettings
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
