import type { AnyExtension } from '@tiptap/core'

/** The subheadings a Kompas piece uses: H2 and H3 (the headline is the page's only H1). */
export const HEADING_LEVELS = [2, 3] as const

/**
 * StarterKit's heading with its level checked by the schema, so a stored `level: 5` (or "2") is
 * refused at the door instead of rendering as a heading the editor cannot show.
 */
export function checkedHeading(heading: AnyExtension): AnyExtension {
  return heading.extend({
    addAttributes() {
      return {
        level: {
          default: HEADING_LEVELS[0],
          rendered: false,
          validate: (value: unknown) => {
            if (!(HEADING_LEVELS as readonly unknown[]).includes(value)) throw new RangeError(`heading level ${String(value)} is not ${HEADING_LEVELS.join(' or ')}`)
          }
        }
      }
    }
  })
}
