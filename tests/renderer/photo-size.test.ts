import { describe, expect, it } from 'vitest'
import { newsroomSize, planPhoto, NEWSROOM_LONG_SIDE, REENCODE_ABOVE_BYTES, type PhotoSource } from '../../src/renderer/src/features/editor/fields/photo-size'

describe('newsroomSize', () => {
  it('brings the long side to 2,560 px and keeps the proportions, landscape and portrait', () => {
    expect(NEWSROOM_LONG_SIDE).toBe(2560)
    expect(newsroomSize({ width: 6000, height: 4000 })).toEqual({ width: 2560, height: 1707 })
    expect(newsroomSize({ width: 4000, height: 6000 })).toEqual({ width: 1707, height: 2560 })
    expect(newsroomSize({ width: 8192, height: 5464 })).toEqual({ width: 2560, height: 1708 })
    expect(newsroomSize({ width: 5120, height: 2880 })).toEqual({ width: 2560, height: 1440 })
    expect(newsroomSize({ width: 3000, height: 3000 })).toEqual({ width: 2560, height: 2560 })
  })

  it('never enlarges: at or under the long side the size stays', () => {
    expect(newsroomSize({ width: 2560, height: 1600 })).toEqual({ width: 2560, height: 1600 })
    expect(newsroomSize({ width: 1200, height: 800 })).toEqual({ width: 1200, height: 800 })
    expect(newsroomSize({ width: 1, height: 1 })).toEqual({ width: 1, height: 1 })
    expect(newsroomSize({ width: 2561, height: 10 })).toEqual({ width: 2560, height: 10 })
  })

  it('never rounds a side to zero pixels', () => {
    expect(newsroomSize({ width: 100_000, height: 10 })).toEqual({ width: 2560, height: 1 })
    expect(newsroomSize({ width: 3, height: 40_000 })).toEqual({ width: 1, height: 2560 })
  })

  it('takes another long side', () => {
    expect(newsroomSize({ width: 6000, height: 4000 }, 1280)).toEqual({ width: 1280, height: 853 })
  })
})

describe('planPhoto', () => {
  const jpeg = (patch: Partial<PhotoSource> = {}): PhotoSource => ({ type: 'image/jpeg', width: 6000, height: 4000, bytes: 20_000_000, orientation: null, ...patch })

  it('scales a camera photo, and keeps it when asked', () => {
    expect(planPhoto(jpeg(), false)).toEqual({ keep: false, size: { width: 2560, height: 1707 } })
    expect(planPhoto(jpeg(), true)).toEqual({ keep: true, why: 'asked' })
  })

  it('keeps a photo within the newsroom size as it is: no enlarging, no second JPEG pass', () => {
    expect(planPhoto(jpeg({ width: 1200, height: 800, bytes: 400_000 }), false)).toEqual({ keep: true, why: 'fits' })
    expect(planPhoto(jpeg({ width: 2560, height: 1707, bytes: REENCODE_ABOVE_BYTES }), false)).toEqual({ keep: true, why: 'fits' })
  })

  it('re-encodes at its own size a photo within the size that is too heavy for the web', () => {
    expect(planPhoto(jpeg({ width: 2000, height: 1500, bytes: REENCODE_ABOVE_BYTES + 1 }), false)).toEqual({ keep: false, size: { width: 2000, height: 1500 } })
    expect(planPhoto({ type: 'image/png', width: 2400, height: 1600, bytes: 9_000_000, orientation: null }, false)).toEqual({ keep: false, size: { width: 2400, height: 1600 } })
  })

  it('re-encodes a turned JPEG upright even when it fits, since Word ignores the EXIF orientation', () => {
    expect(planPhoto(jpeg({ width: 800, height: 1200, bytes: 200_000, orientation: 6 }), false)).toEqual({ keep: false, size: { width: 800, height: 1200 } })
    expect(planPhoto(jpeg({ width: 1200, height: 800, bytes: 200_000, orientation: 1 }), false)).toEqual({ keep: true, why: 'fits' })
  })

  it('keeps a GIF, whose animation scaling would cut to one frame', () => {
    expect(planPhoto({ type: 'image/gif', width: 4000, height: 3000, bytes: 5_000_000, orientation: null }, false)).toEqual({ keep: true, why: 'animated' })
  })
})
