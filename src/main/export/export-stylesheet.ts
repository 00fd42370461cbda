import { readResource } from '../resource-file'

/**
 * The stylesheet every exported page embeds: the published type (shared with the writer's page
 * in the app, decision 0066) and then the page's own rules, which read it.
 */
export function exportStylesheet(): string {
  return `${readResource('published-type.css').trim()}\n${readResource('export.css')}`
}
