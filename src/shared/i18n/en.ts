import type { Messages } from './messages'

export const en: Messages = {
  menu: {
    file: 'File',
    newArticle: 'New article',
    export: 'Export…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullscreen: 'Full screen',
    language: 'Language',
    help: 'Help',
    about: 'About Redaksi'
  },
  app: {
    title: 'Redaksi',
    tagline: 'Offline newsroom editor',
    language: 'Language',
    newArticle: 'New article',
    untitled: 'Untitled',
    articles: 'Articles',
    empty: 'No articles yet. Choose “New article” to start writing.',
    loading: 'Loading…',
    loadFailed: 'Could not load articles: {{message}}',
    createFailed: 'Could not create the article: {{message}}',
    created: 'Article “{{headline}}” created.',
    storeAt: 'Store: {{dir}}',
    status: {
      draft: 'Draft',
      submitted: 'Submitted',
      'in-review': 'In review',
      returned: 'Returned',
      approved: 'Approved',
      published: 'Published',
      spiked: 'Spiked'
    }
  }
}
