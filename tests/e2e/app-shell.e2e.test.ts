import { describe, expect, it } from 'vitest'
import { useApp } from './harness'

describe('the app shell in Chromium, through the browser host', () => {
  const app = useApp({ open: false })

  it('loads in Indonesian, with no script error and no CSP violation', async () => {
    await app.page.goto(app.host.url)
    await expect(app.page.title()).resolves.toBe('Redaksi')
    await app.page.getByRole('heading', { name: 'Redaksi', level: 1 }).waitFor()
    await app.page.getByText('Belum ada artikel').waitFor()
    expect(await app.page.getAttribute('html', 'lang')).toBe('id')
    // The token is taken out of the address bar once the bridge has it.
    expect(app.page.url()).not.toContain('token=')
  })

  it('creates an article through a real channel, opens it, and still lists it after a reload', async () => {
    await app.page.goto(app.host.url)
    await app.page.getByRole('button', { name: 'Artikel baru' }).click()
    // Stored once something is typed (decision 0076).
    await app.page.getByRole('textbox', { name: 'Judul', exact: true }).fill('Gempa Guncang Cianjur')
    await app.page.waitForURL(/#\/artikel\/[0-9A-Z]{26}$/)
    await app.page.getByRole('link', { name: 'Redaksi' }).click()
    const rows = app.page.getByRole('list', { name: 'Daftar artikel' }).getByRole('listitem')
    await rows.first().waitFor()
    await expect(rows.count()).resolves.toBe(1)
    expect(await rows.first().innerText()).toContain('Gempa Guncang Cianjur')
    expect(await rows.first().innerText()).toContain('Draf')

    await app.page.reload()
    await app.page.getByRole('list', { name: 'Daftar artikel' }).waitFor()
    await expect(app.page.getByRole('list', { name: 'Daftar artikel' }).getByRole('listitem').count()).resolves.toBe(1)
  })

  it('switches to English and keeps the choice', async () => {
    await app.page.goto(app.host.url)
    await app.page.getByLabel('Bahasa').selectOption('en')
    await app.page.getByRole('button', { name: 'New article' }).waitFor()
    await app.page.reload()
    await app.page.getByRole('button', { name: 'New article' }).waitFor()
    expect(await app.page.getAttribute('html', 'lang')).toBe('en')
  })

  it('refuses a call to the services from a page that lacks the token', async () => {
    await app.page.goto(app.host.url)
    // Another browser that never opened the printed URL has no session cookie (decision 0073).
    const context = await app.browser.newContext()
    const stranger = await context.newPage()
    await stranger.goto(app.host.origin + '/')
    const status = await stranger.evaluate(async () => {
      const response = await fetch('/api/articles.create', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })
      return response.status
    })
    expect(status).toBe(401)
    await context.close()
    await app.page.getByText('Belum ada artikel').waitFor()
  })
})
