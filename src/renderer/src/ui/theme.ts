import type { Theme } from '../../../shared/settings'

/**
 * The theme chosen in Pengaturan. The colours themselves are `light-dark()` pairs in tokens.css;
 * this only fixes the root's `color-scheme` through `data-theme`, or lets the system decide.
 */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
}
