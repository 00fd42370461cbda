import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FeaturedImage } from '../../../../../shared/article'
import type { Failure } from '../../../../../shared/result'
import { useFailureText } from '../../../ui/failure-text'
import { bytesToBase64 } from '../../../ui/base64'
import { useAssetUrl } from './useAssetUrl'

const EMPTY: FeaturedImage = { asset: null, caption: '', credit: '' }

/** The photo above the story: copied into the store's assets, with caption and credit. */
export function FeaturedImageField(props: {
  value: FeaturedImage | null
  onChange: (value: FeaturedImage | null) => void
}): React.JSX.Element {
  const { t } = useTranslation('editor')
  const image = props.value ?? EMPTY
  const url = useAssetUrl(image.asset)
  const [error, setError] = useState<Failure | null>(null)
  const failureText = useFailureText()
  const fileInput = useRef<HTMLInputElement>(null)
  const captionId = useId()
  const creditId = useId()

  const choose = async (file: File): Promise<void> => {
    setError(null)
    const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
    const result = await window.redaksi.assets.put({ fileName: file.name, base64 })
    if (!result.ok) {
      setError(result.error)
      return
    }
    props.onChange({ ...image, asset: result.value.asset })
  }

  return (
    <fieldset className="field field--image">
      <legend>{t('image')}</legend>
      {url && <img className="featured-image__preview" src={url} alt={t('imageAlt', { caption: image.caption })} />}
      <div className="field__row">
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {image.asset ? t('replaceImage') : t('chooseImage')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          hidden
          aria-label={t('chooseImage')}
          data-testid="featured-image-input"
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) void choose(file)
            event.target.value = ''
          }}
        />
        {props.value && (
          <button type="button" className="button button--quiet" onClick={() => props.onChange(null)}>
            {t('removeImage')}
          </button>
        )}
      </div>
      {error && <p role="alert" className="field__hint field__hint--warning">{t('imageFailed', { message: failureText(error) })}</p>}
      <label htmlFor={captionId}>{t('caption')}</label>
      <textarea id={captionId} rows={2} value={image.caption} onChange={(event) => props.onChange({ ...image, caption: event.target.value })} />
      <label htmlFor={creditId}>{t('credit')}</label>
      <input id={creditId} value={image.credit} onChange={(event) => props.onChange({ ...image, credit: event.target.value })} />
      {(image.caption || image.credit) && (
        <p className="caption-preview">
          {image.caption} {image.credit && <span className="caption-preview__credit">{t('creditPreview', { credit: image.credit })}</span>}
        </p>
      )}
    </fieldset>
  )
}
