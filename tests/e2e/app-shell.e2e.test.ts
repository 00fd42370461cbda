import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchChromium, startBrowserHost, type RunningHost } from './harness'

describe('the app shell in Chromium, through the browser host', () => {
  let browser: Browser
  let host: RunningHost
  let page: Page
  let problems: string[]

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  beforeEach(async () => {
    host = await startBrowserHost()
    page = await browser.newPage()
    problems = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`)
    })
  })
  afterEach(async () => {
    await page?.close()
    await host?.stop()
  })

  it('loads in Indonesian, with no script error and no CSP violation', async () => {
    await page.goto(host.url)
    await expect(page.title()).resolves.toBe('Redaksi')
    await page.getByRole('heading', { name: 'Redaksi', level: 1 }).waitFor()
    await page.getByText('Belum ada artikel').waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('id')
    // The token is taken out of the address bar once the bridge has it.
    expect(page.url()).not.toContain('token=')
    expect(problems).toEqual([])
  })

  it('creates an article through a real channel, opens it, and still lists it after a reload', async () => {
    await page.goto(host.url)
    await page.getByRole('button', { name: 'Artikel baru' }).click()
    await page.waitForURL(/#\/artikel\/[0-9A-Z]{26}$/)
    await page.getByRole('link', { name: 'Redaksi' }).click()
    const rows = page.getByRole('list', { name: 'Daftar artikel' }).getByRole('listitem')
    await rows.first().waitFor()
    await expect(rows.count()).resolves.toBe(1)
    expect(await rows.first().innerText()).toContain('Tanpa judul')
    expect(await rows.first().innerText()).toContain('Draf')

    await page.reload()
    await page.getByRole('list', { name: 'Daftar artikel' }).waitFor()
    await expect(page.getByRole('list', { name: 'Daftar artikel' }).getByRole('listitem').count()).resolves.toBe(1)
    expect(problems).toEqual([])
  })

  it('switches to English and keeps the choice', async () => {
    await page.goto(host.url)
    await page.getByLabel('Bahasa').selectOption('en')
    await page.getByRole('button', { name: 'New article' }).waitFor()
    await page.reload()
    await page.getByRole('button', { name: 'New article' }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('en')
  })

  it('refuses a call to the services from a page that lacks the token', async () => {
    await page.goto(host.url)
    const status = await page.evaluate(async () => {
      const response = await fetch('/api/articles.create', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })
      return response.status
    })
    expect(status).toBe(401)
    await page.getByText('Belum ada artikel').waitFor()
  })
})
