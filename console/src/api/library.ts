import { api, dataUrl } from './http'
import { upload } from './upload'

export type FileKind = 'IMAGE' | 'VIDEO' | 'AUDIO' | 'DOCUMENT'
export type AssetState = 'PENDING' | 'REGISTERED' | 'RETIRED'
export type SourceType = 'ORIGINAL' | 'REPRINTED'

/** 登记信息 — what registration requires (the server says which field is missing). */
export interface AssetMetadata {
  title: string
  sourceType: SourceType | null
  sourceName: string | null
  rightsHolder: string | null
  licence: string | null
  rightsExpireOn: string | null
  category: string | null
  tags: string[]
  altText: string | null
}

export interface Asset extends AssetMetadata {
  id: number
  siteId: number
  kind: FileKind
  state: AssetState
  originalFilename: string
  contentType: string
  size: number
  width: number
  height: number
  createdBy: string
  createdAt: string
  registeredBy: string | null
  registeredAt: string | null
  retiredBy: string | null
  retiredAt: string | null
  retireReason: string | null
  contentPath: string
}

export interface LibraryPage {
  items: Asset[]
  total: number
  page: number
  size: number
}

export interface LibrarySearch {
  q?: string
  tag?: string
  kind?: FileKind
  state?: AssetState
  category?: string
  createdFrom?: string
  createdTo?: string
  page: number
  size: number
}

export interface Usage {
  siteId: number
  articleId: number
  recordedAt: string
}

export interface Sharing {
  assetId: number
  level: string
  grants: { siteId: number; grantedBy: string; grantedAt: string }[]
  platform: { sharedBy: string; sharedAt: string } | null
}

function query(search: LibrarySearch): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  return params.toString()
}

/** The form an upload sends: the file and whatever metadata is known already. */
export function uploadForm(file: File, metadata: AssetMetadata): FormData {
  const form = new FormData()
  form.append('file', file)
  for (const [key, value] of Object.entries(metadata)) {
    if (key === 'tags') {
      for (const tag of value as string[]) form.append('tags', tag)
    } else if (value !== null && value !== undefined && value !== '') {
      form.append(key, String(value))
    }
  }
  return form
}

/** The asset-service library through the gateway; every call names the current site. */
export const libraryApi = {
  search: (site: string, search: LibrarySearch) => api<LibraryPage>('GET', `/api/asset/assets?${query(search)}`, { site }),
  get: (site: string, id: number) => api<Asset>('GET', `/api/asset/assets/${id}`, { site }),
  upload: (site: string, form: FormData, onProgress: (percent: number) => void) =>
    upload<Asset>('/api/asset/assets', form, { site, onProgress }),
  updateMetadata: (site: string, id: number, metadata: AssetMetadata) =>
    api<Asset>('PUT', `/api/asset/assets/${id}/metadata`, { site, body: metadata }),
  register: (site: string, id: number) => api<Asset>('POST', `/api/asset/assets/${id}/register`, { site }),
  retire: (site: string, id: number, reason: string) => api<Asset>('POST', `/api/asset/assets/${id}/retire`, { site, body: { reason } }),
  usages: (site: string, id: number) => api<Usage[]>('GET', `/api/asset/assets/${id}/usages`, { site }),
  sharing: (site: string, id: number) => api<Sharing>('GET', `/api/asset/assets/${id}/sharing`, { site }),
  /** The bytes for a preview in the console (through the API, with the token). */
  preview: (site: string, id: number) => dataUrl(`/api/asset/assets/${id}/content`, { site }),
}

/** The path an article body embeds: the library's own, as content-service recognises it. */
export function embedPath(asset: Asset): string {
  return `/assets/${asset.id}/content`
}

/** The HTML inserted into a body; the alt text is escaped, it is the user's words. */
export function imageTag(asset: Asset): string {
  const alt = (asset.altText ?? asset.title).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  return `<img src="${embedPath(asset)}" alt="${alt}">`
}
