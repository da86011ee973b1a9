import { api } from './http'

export interface QueryCount {
  query: string
  count: number
}

/** Hot and zero-result queries of a window of days: one site's, or the platform's. */
export interface SearchReport {
  scope: string
  days: number
  hot: QueryCount[]
  zeroResults: QueryCount[]
}

export const analyticsApi = {
  site: (site: string, days: number, limit = 20) =>
    api<SearchReport>('GET', `/api/search/analytics/queries?days=${days}&limit=${limit}`, { site }),
  platform: (days: number, limit = 20) => api<SearchReport>('GET', `/api/search/admin/analytics/queries?days=${days}&limit=${limit}`),
}
