// The editor's public surface: what the shell and other features may use.
export { ArticleEditor } from './ArticleEditor'
export { listenForWindowClose } from './flush-before-close'
