import { app } from './app'
import { editor } from './editor'
import { exchange } from './exchange'
import { help } from './help'
import { list } from './list'
import { menu } from './menu'
import { photo } from './photo'
import { workflow } from './workflow'
import { review } from './review'
import { sync } from './sync'

/**
 * UI text, one namespace a file (`<namespace>.ts` holds its Indonesian and English side by side,
 * English typed against Indonesian). Add a feature's namespace here.
 */
const namespaces = { app, menu, editor, list, help, exchange, review, workflow, sync, photo }

type Namespaces = typeof namespaces
type Side<L extends 'id' | 'en'> = { [N in keyof Namespaces]: Namespaces[N][L] }

function side<L extends 'id' | 'en'>(language: L): Side<L> {
  return Object.fromEntries(Object.entries(namespaces).map(([name, ns]) => [name, ns[language]])) as Side<L>
}

export const messages = { id: side('id'), en: side('en') }
export const namespaceNames = Object.keys(namespaces) as (keyof Namespaces)[]
