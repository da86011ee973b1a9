import { api } from './http'
import { upload } from './upload'

/** content-service 整合迁移 (its site admin): preview, jobs, cancel/resume, report. */
export type MigrationState = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED' | 'CANCELLED'
export type MigrationOutcome = 'IMPORTED' | 'ARCHIVED' | 'DUPLICATE' | 'ALREADY_IMPORTED' | 'LIST' | 'REGISTERED' | 'SKIPPED' | 'FAILED'

export interface MigrationCounts {
  visited: number
  queued: number
  imported: number
  archived: number
  skipped: number
  failed: number
  redirects: number
  assets: number
}

export interface MigrationJob {
  id: number
  name: string
  state: MigrationState
  counts: MigrationCounts
  error: string | null
  createdBy: string
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
}

/** One old URL of a preview or report. */
export interface MigrationLine {
  url: string
  kind: 'PAGE' | 'LIST' | 'ASSET'
  outcome: MigrationOutcome | null
  reason: string | null
  columnId: number | null
  title: string | null
  date: string | null
  newPath: string | null
  section: string | null
}

export interface MigrationPreview {
  counts: Partial<Record<MigrationOutcome, number>>
  redirects: number
  truncated: boolean
  lines: MigrationLine[]
}

export interface MigrationReport {
  counts: MigrationCounts
  state: MigrationState
  imported: MigrationLine[]
  skipped: MigrationLine[]
  failed: MigrationLine[]
  assets: MigrationLine[]
}

function form(file: File, name?: string): FormData {
  const data = new FormData()
  data.append('mapping', file)
  if (name) data.append('name', name)
  return data
}

export const migrationApi = {
  preview: (site: string, mapping: File, onProgress?: (percent: number) => void) =>
    upload<MigrationPreview>('/api/content/migrations?dryRun=true', form(mapping), { site, onProgress }),
  start: (site: string, mapping: File, name?: string) =>
    upload<MigrationJob>('/api/content/migrations', form(mapping, name), { site }),
  list: (site: string) => api<MigrationJob[]>('GET', '/api/content/migrations', { site }),
  get: (site: string, id: number) => api<MigrationJob>('GET', `/api/content/migrations/${id}`, { site }),
  cancel: (site: string, id: number) => api<MigrationJob>('POST', `/api/content/migrations/${id}/cancel`, { site }),
  resume: (site: string, id: number) => api<MigrationJob>('POST', `/api/content/migrations/${id}/resume`, { site }),
  report: (site: string, id: number) => api<MigrationReport>('GET', `/api/content/migrations/${id}/report?limit=1000`, { site }),
}
