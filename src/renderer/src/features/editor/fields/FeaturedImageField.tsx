import { memo, useId, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_ALT_CHARS, type FeaturedImage } from '../../../../../shared/article'
import { useFailureText } from '../../../ui/failure-text'
import { NEWSROOM_LONG_SIDE } from './photo-size'
import { PhotoStatus } from './PhotoStatus'
import { useAssetUrl } from './useAssetUrl'
import { usePhotoImport } from './usePhotoImport'
import './FeaturedImageField.css'

const EMPTY: FeaturedImage = { asset: null, caption: '', credit: '' }

/**
 * The photo above the story: brought to the newsroom size (or kept as it is, if asked) and copied
 * into the store's assets, with its alt text, caption and credit.
 */
export const FeaturedImageField = memo(function FeaturedImageField(props: {
  value: FeaturedImage | null
  onChange: (value: FeaturedImage | null) => void
}): React.JSX.Element {
  const { t } = useTranslation('editor')
  const { t: tp } = useTranslation('photo')
  const image = props.value ?? EMPTY
  const url = useAssetUrl(image.asset)
  const failureText = useFailureText()
  const fileInput = useRef<HTMLInputElement>(null)
  const [keepOriginal, setKeepOriginal] = useState(false)
  // The photo is stored after a pause; by then the caption may have been typed on.
  const latest = useRef(image)
  useLayoutEffect(() => {
    latest.current = image
  })
  const photo = usePhotoImport((asset) => props.onChange({ ...latest.current, asset }))
  const ids = { alt: useId(), altHint: useId(), caption: useId(), credit: useId(), keep: useId(), keepHint: useId() }
  const alt = image.alt ?? ''

  return (
    <fieldset className="field field--image" data-field="featuredImage">
      <legend>{t('image')}</legend>
      {url && <img className="featured-image__preview" src={url} alt={t('imageAlt', { caption: alt.trim() || image.caption })} />}
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
            if (file) void photo.importPhoto(file, keepOriginal)
            event.target.value = ''
          }}
        />
        {props.value && (
          <button type="button" className="button button--quiet" onClick={() => props.onChange(null)}>
            {t('removeImage')}
          </button>
        )}
      </div>
      <div className="photo-keep">
        <input
          id={ids.keep}
          type="checkbox"
          checked={keepOriginal}
          aria-describedby={ids.keepHint}
          onChange={(event) => {
            const keep = event.target.checked
            setKeepOriginal(keep)
            // Changed after picking: the same photo again, the other way.
            const file = photo.lastFile()
            if (file) void photo.importPhoto(file, keep)
          }}
        />
        <label htmlFor={ids.keep}>{tp('keepOriginal')}</label>
        <span id={ids.keepHint} className="field__hint">
          {tp('keepOriginalHint', { side: NEWSROOM_LONG_SIDE.toLocaleString('id') })}
        </span>
      </div>
      <PhotoStatus stage={photo.stage} outcome={photo.outcome} />
      {photo.error && <p role="alert" className="field__hint field__hint--warning">{t('imageFailed', { message: failureText(photo.error) })}</p>}
      {image.asset && (
        <>
          <label htmlFor={ids.alt}>{tp('alt')}</label>
          <textarea
            id={ids.alt}
            rows={2}
            maxLength={MAX_ALT_CHARS}
            value={alt}
            placeholder={tp('altPlaceholder')}
            aria-describedby={ids.altHint}
            data-field="featuredImage.alt"
            onChange={(event) => props.onChange({ ...image, alt: event.target.value })}
          />
          <span id={ids.altHint} className="field__hint">
            {tp('altHint')}
          </span>
        </>
      )}
      <label htmlFor={ids.caption}>{t('caption')}</label>
      <textarea id={ids.caption} rows={2} value={image.caption} data-field="featuredImage.caption" onChange={(event) => props.onChange({ ...image, caption: event.target.value })} />
      <label htmlFor={ids.credit}>{t('credit')}</label>
      <input id={ids.credit} value={image.credit} data-field="featuredImage.credit" onChange={(event) => props.onChange({ ...image, credit: event.target.value })} />
      {(image.caption || image.credit) && (
        <p className="caption-preview">
          {image.caption} {image.credit && <span className="caption-preview__credit">{t('creditPreview', { credit: image.credit })}</span>}
        </p>
      )}
    </fieldset>
  )
})
