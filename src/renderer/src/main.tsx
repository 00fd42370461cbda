// Tokens, resets and shared primitives first: every component's own stylesheet comes after them.
import './ui/base.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { ProfileProvider } from './features/profiles'
import { setupI18n } from './i18n/setup'

async function start(): Promise<void> {
  const settings = await window.redaksi.settings.get({})
  await setupI18n(settings.ok ? settings.value.language : 'id')
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
