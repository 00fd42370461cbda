import { describe, expect, it } from 'vitest'
import { mainWindowOptions } from '../../src/main/electron/window-options'
import { RENDERER_CSP, RENDERER_CSP_HEADER } from '../../src/shared/csp'

describe('the main window', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs', { width: 1200, height: 800 })

  it('keeps every web preference on Electron’s security checklist', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs')
  })

  it('is titled Redaksi and opens at the remembered size', () => {
    expect(options).toMatchObject({ title: 'Redaksi', width: 1200, height: 800 })
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
