import type { ChartOption } from '../components/chart-option'
import type { MigrationCounts, MigrationLine, MigrationReport } from '../api/migration'

type Translate = (key: string) => string

/** One row of the preview: an old section and the column its items go to. */
export interface SectionRow {
  section: string | null
  columnId: number | null
  imported: number
  archived: number
  skipped: number
  failed: number
  samples: string[]
}

/**
 * The preview's item pages grouped by old section and new column, with counts and a few
 * sample titles; list pages and files are left out (they are not items).
 */
export function previewSections(lines: MigrationLine[]): SectionRow[] {
  const rows = new Map<string, SectionRow>()
  for (const line of lines) {
    if (line.kind !== 'PAGE' || !line.outcome || line.outcome === 'LIST') continue
    const key = `${line.section ?? ''}\u0000${line.columnId ?? ''}`
    const row = rows.get(key) ?? { section: line.section, columnId: line.columnId, imported: 0, archived: 0, skipped: 0, failed: 0, samples: [] }
    if (line.outcome === 'IMPORTED') row.imported += 1
    else if (line.outcome === 'ARCHIVED') row.archived += 1
    else if (line.outcome === 'FAILED') row.failed += 1
    else row.skipped += 1
    if (line.title && row.samples.length < 3 && (line.outcome === 'IMPORTED' || line.outcome === 'ARCHIVED')) row.samples.push(line.title)
    rows.set(key, row)
  }
  return [...rows.values()].sort((a, b) => b.imported + b.archived - (a.imported + a.archived))
}

export type ReportFilter = 'all' | 'imported' | 'skipped' | 'failed' | 'assets'

/** The report's lines for the chosen outcome, each with which list it came from. */
export function reportLines(report: MigrationReport | null, filter: ReportFilter): (MigrationLine & { group: Exclude<ReportFilter, 'all'> })[] {
  if (!report) return []
  const groups: Exclude<ReportFilter, 'all'>[] = filter === 'all' ? ['imported', 'skipped', 'failed', 'assets'] : [filter]
  return groups.flatMap((group) => report[group].map((line) => ({ ...line, group })))
}

/** The outcome breakdown as bars: imported, archived, skipped/duplicate, failed, files. */
export function outcomeChart(counts: MigrationCounts, t: Translate): ChartOption {
  const names = ['imported', 'archived', 'skipped', 'failed', 'assets'] as const
  const colours = ['#15803d', '#1d4ed8', '#6b7280', '#b91c1c', '#7c3aed']
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, bottom: 32, top: 16 },
    xAxis: { type: 'category', data: names.map((name) => t(`migration.counts.${name}`)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{
      type: 'bar',
      name: t('migration.outcomeChart'),
      data: names.map((name, i) => ({ value: counts[name], itemStyle: { color: colours[i] } })),
    }],
  }
}

/** How far a job is: URLs with an outcome of all it knows (visited + still queued). */
export function percentDone(counts: MigrationCounts): number {
  const known = counts.visited + counts.queued
  return known === 0 ? 0 : Math.round((counts.visited / known) * 100)
}
