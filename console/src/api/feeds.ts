import { api } from './http'

/** content-service 数据接口 / 网上抓取: feeds that fill a column. */
export type FeedKind = 'RSS' | 'JSON' | 'SCRAPE'

export interface FeedSettings {
  itemsPath?: string | null
  titlePath?: string | null
  linkPath?: string | null
  datePath?: string | null
  bodyPath?: string | null
  guidPath?: string | null
  itemSelector?: string | null
  linkSelector?: string | null
  titleSelector?: string | null
  dateSelector?: string | null
  bodySelector?: string | null
}

export interface Feed {
  id: number
  columnId: number
  kind: FeedKind
  url: string
  settings: FeedSettings
  intervalMinutes: number
  enabled: boolean
  createdBy: string
  createdAt: string
  nextPollAt: string | null
  lastPolledAt: string | null
  lastOkAt: string | null
  lastError: string | null
  failures: number
  itemsTaken: number
}

export interface FeedRequest {
  columnId: number
  kind: FeedKind
  url: string
  settings: FeedSettings
  intervalMinutes: number
  enabled: boolean
}

export interface PollResult {
  feedId: number
  offered: number
  published: number
  queued: number
  duplicates: number
  unusable: number
  error: string | null
}

export const feedsApi = {
  list: (site: string) => api<Feed[]>('GET', '/api/content/feeds', { site }),
  create: (site: string, feed: FeedRequest) => api<Feed>('POST', '/api/content/feeds', { site, body: feed }),
  update: (site: string, id: number, feed: FeedRequest) => api<Feed>('PUT', `/api/content/feeds/${id}`, { site, body: feed }),
  remove: (site: string, id: number) => api<void>('DELETE', `/api/content/feeds/${id}`, { site }),
  poll: (site: string, id: number) => api<PollResult>('POST', `/api/content/feeds/${id}/poll`, { site }),
}
