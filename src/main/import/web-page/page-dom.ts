// The little of linkedom's DOM the page importer uses, typed here: main is compiled without the
// browser's DOM types, and linkedom's own declarations lean on them.
import { parseHTML } from 'linkedom'
import type { HtmlNode } from '../html-to-body'

export interface PageElement extends HtmlNode {
  localName: string
  parentNode: PageElement | null
  children: ArrayLike<PageElement>
  textContent: string | null
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
  querySelector(selector: string): PageElement | null
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>
  closest(selector: string): PageElement | null
  remove(): void
  replaceWith(...nodes: (PageElement | string)[]): void
  append(...nodes: (PageElement | string)[]): void
}

export interface PageDocument {
  documentElement: PageElement
  body: PageElement | null
  querySelector(selector: string): PageElement | null
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>
  createElement(name: string): PageElement
}

/** A page's document; linkedom parses it and never runs or fetches anything in it. */
export function parsePage(html: string): PageDocument {
  return parseHTML(html).document as unknown as PageDocument
}
