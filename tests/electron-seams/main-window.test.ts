import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { openMainWindow, type WindowClass } from '../../src/main/electron/main-window'
import { RENDERER_CSP, RENDERER_CSP_HEADER } from '../../src/shared/csp'

/** What the real `new BrowserWindow(...)` call in main-window.ts hands to Electron. */
function optionsGiven(preloadPath: string, bounds: { width: number; height: number }): BrowserWindowConstructorOptions {
  const given: BrowserWindowConstructorOptions[] = []
  const Recorder = class {
    constructor(options: BrowserWindowConstructorOptions) {
      given.push(options)
    }
  } as unknown as WindowClass
  const window: BrowserWindow = openMainWindow(Recorder, preloadPath, bounds)
  expect(window).toBeInstanceOf(Recorder)
  expect(given).toHaveLength(1)
  return given[0] as BrowserWindowConstructorOptions
}

describe('the main window', () => {
  const options = optionsGiven('/app/out/preload/index.cjs', { width: 1200, height: 800 })

  it('keeps every web preference on Electron’s security checklist, and no other', () => {
    // Exact: a preference added later (say, nodeIntegration back on "for a minute") fails here.
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true
    })
  })

  it('is titled Redaksi, hidden until ready, and opens at the remembered size', () => {
    const { webPreferences: _checked, ...window } = options
    expect(window).toEqual({ width: 1200, height: 800, minWidth: 720, minHeight: 480, title: 'Redaksi', show: false, backgroundColor: '#ffffff' })
  })

  it('runs under a CSP that allows no inline or remote script', () => {
    const scriptSrc = RENDERER_CSP.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))
    expect(scriptSrc).toBe("script-src 'self'")
    expect(RENDERER_CSP).toContain("default-src 'none'")
    expect(RENDERER_CSP).toContain("object-src 'none'")
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/)
  })
})

describe('the CSP header', () => {
  it('adds frame-ancestors, which only a header can carry', () => {
    expect(RENDERER_CSP_HEADER).toBe(`${RENDERER_CSP}; frame-ancestors 'none'`)
    expect(RENDERER_CSP).not.toContain('frame-ancestors')
  })
})
