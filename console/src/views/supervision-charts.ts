import type { ChartOption } from '../components/chart-option'
import type { InspectionDay, MonthScore, SiteInspection } from '../api/supervision'

type Translate = (key: string) => string

/** The dashboard's chart options from the API's figures: plain functions, testable alone. */
export function scoreSeries(sites: { code: string; name: string; months: MonthScore[] }[], overview: SiteInspection[], t: Translate) {
  const rows = sites.flatMap((site) => {
    const latest = site.months[site.months.length - 1]
    return latest ? [{ name: site.name, code: site.code, ...latest }] : []
  })
  const months = [...new Set(sites.flatMap((site) => site.months.map((m) => m.month)))].sort()
  const latest: ChartOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, bottom: 64, top: 24 },
    xAxis: { type: 'category', data: rows.map((row) => row.name), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', min: 0, max: 100, name: t('supervision.total') },
    series: [{ type: 'bar', name: t('supervision.total'), data: rows.map((row) => row.total), itemStyle: { color: '#1d4ed8' } }],
  }
  const trend: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 48, right: 16, bottom: 48, top: 24 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: sites.filter((site) => site.months.length > 0).map((site) => ({
      type: 'line' as const,
      name: site.name,
      connectNulls: true,
      data: months.map((month) => site.months.find((m) => m.month === month)?.total ?? null),
    })),
  }
  const columns: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, bottom: 72, top: 24 },
    xAxis: { type: 'category', data: overview.map((site) => site.siteName ?? String(site.siteId)), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', stack: 'columns', name: t('supervision.stale'), data: overview.map((site) => site.staleColumns), itemStyle: { color: '#b45309' } },
      { type: 'bar', stack: 'columns', name: t('supervision.blank'), data: overview.map((site) => site.blankColumns), itemStyle: { color: '#b91c1c' } },
    ],
  }
  return { rows, latest, trend, columns }
}

/** One site's daily inspections as lines: stale and blank columns, serious findings, broken links. */
export function inspectionSeries(days: InspectionDay[], t: Translate): ChartOption {
  const line = (name: string, data: (number | null)[]) => ({ type: 'line' as const, name, data, connectNulls: false })
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, bottom: 48, top: 24 },
    xAxis: { type: 'category', data: days.map((d) => d.day) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      line(t('supervision.stale'), days.map((d) => d.staleColumns)),
      line(t('supervision.blank'), days.map((d) => d.blankColumns)),
      line(t('supervision.serious'), days.map((d) => d.seriousFindings)),
      line(t('supervision.brokenLinks'), days.map((d) => d.brokenLinks)),
    ],
  }
}
