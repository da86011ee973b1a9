import { api } from './http'

/** A site's newest inspection, as the all-sites overview lists it. */
export interface SiteInspection {
  siteId: number
  siteCode: string | null
  siteName: string | null
  inspectedOn: string
  qualified: boolean
  vetoCount: number
  staleColumns: number
  blankColumns: number
  homePageStale: boolean
}

export interface VetoItem {
  rule: string
  zh: string
  en: string
}

export interface SiteVetoes {
  siteId: number
  siteCode: string
  siteName: string
  inspectedOn: string
  vetoes: VetoItem[]
}

export interface MonthScore {
  month: string
  rubric: string
  total: number
  passed: boolean
  vetoed: boolean
}

export interface InspectionDay {
  day: string
  qualified: boolean
  vetoCount: number
  staleColumns: number
  blankColumns: number
  homePageStale: boolean
  seriousFindings: number
  brokenLinks: number | null
}

/** content-service supervision: all sites for supervisors, one site's series for its people. */
export const supervisionApi = {
  overview: () => api<SiteInspection[]>('GET', '/api/content/supervision/overview'),
  vetoes: () => api<SiteVetoes[]>('GET', '/api/content/supervision/vetoes'),
  scores: (site: string, from?: string, to?: string) => {
    const params = new URLSearchParams()
    if (from) params.set('from', from)
    if (to) params.set('to', to)
    return api<MonthScore[]>('GET', `/api/content/supervision/scores?${params}`, { site })
  },
  inspections: (site: string) => api<InspectionDay[]>('GET', '/api/content/supervision/inspections', { site }),
  /** Runs the daily inspection of the site now (supervisors and platform admins). */
  inspectNow: (site: string) => api<unknown>('POST', '/api/content/supervision/inspection', { site }),
}
