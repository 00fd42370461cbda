// The articles list's public surface: what the shell and other features may use.
export { ArticleList } from './ArticleList'
export { useCreateArticle } from './useCreateArticle'
