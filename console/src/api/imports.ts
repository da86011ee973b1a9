import { api } from './http'
import { upload } from './upload'

/** content-service 批量导入: a CSV, JSON or XLSX file of items into one column. */
export type ImportState = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'

export interface ImportRun {
  id: number
  columnId: number
  importKey: string
  format: 'CSV' | 'JSON' | 'XLSX'
  state: ImportState
  total: number
  done: number
  published: number
  queued: number
  percent: number
  error: string | null
  createdBy: string
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
}

/** What a valid file holds; {@code run} is null for a dry run. */
export interface ImportChecked {
  rows: number
  importKey: string
  publishesDirectly: boolean
  repeated: boolean
  run: ImportRun | null
}

export const importsApi = {
  send: (site: string, columnId: number, file: File, dryRun: boolean, onProgress?: (percent: number) => void) => {
    const data = new FormData()
    data.append('file', file)
    return upload<ImportChecked>(`/api/content/imports?columnId=${columnId}&dryRun=${dryRun}`, data, { site, onProgress })
  },
  get: (site: string, id: number) => api<ImportRun>('GET', `/api/content/imports/${id}`, { site }),
  list: (site: string) => api<ImportRun[]>('GET', '/api/content/imports?limit=50', { site }),
}
