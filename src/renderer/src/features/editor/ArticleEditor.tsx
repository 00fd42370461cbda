export function ArticleEditor({ id }: { id: string }): React.JSX.Element {
  return <p data-article-id={id}>…</p>
}
