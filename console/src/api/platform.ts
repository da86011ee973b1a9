import { api } from './http'

export type SiteKind = 'CITY_PORTAL' | 'COUNTY_PORTAL' | 'DEPARTMENT'

export interface Site {
  id: number
  code: string
  name: string
  kind: SiteKind
  parentId: number | null
  domain: string
  status: string
  createdAt: string
  siteIdentifier?: string | null
  /** 中文域名 (Unicode form), and an announced change of the English domain. */
  chineseDomain?: string | null
  pendingDomain?: string | null
  pendingDomainOn?: string | null
  pendingDomainReason?: string | null
  /** The English domain before the last change, redirecting until formerDomainUntil. */
  formerDomain?: string | null
  formerDomainUntil?: string | null
}

export interface NewSite {
  code: string
  name: string
  kind: SiteKind
  parentCode?: string
  /** Platform admins may approve and bring the site online at once. */
  autoApprove?: boolean
  /** 网站标识码: required when the site goes online at once. */
  siteIdentifier?: string
}

export type GuaranteeMethod =
  | 'DIRECT_PUBLISH' | 'PUBLISH_AFTER_REVIEW' | 'DATA_INTERFACE' | 'JUMP_LINK' | 'WEB_SCRAPING' | 'DELEGATED_SUBMISSION' | 'CO_BUILT' | 'AUTHORIZED_MAINTENANCE'
export type InspectionCategory = 'DYNAMIC_NEWS' | 'NOTICES' | 'POLICY_DOCUMENTS' | 'DISCLOSURE' | 'INTERACTION' | 'SERVICE' | 'STATIC'

export interface Column {
  id: number
  siteId: number
  parentId: number | null
  name: string
  sortOrder: number
  responsibleUnit: string | null
  method: GuaranteeMethod | null
  cycle: { kind: string; count: number | null; text: string | null; maxSilence: string | null } | null
  category: InspectionCategory | null
}

/** A new column: the name, and its guarantee (保障) as the column plan tables have it. */
export interface NewColumn {
  name: string
  parentId?: number
  method?: GuaranteeMethod
  responsibleUnit?: string
  cycleText?: string
  category?: InspectionCategory
}

export type ArticleState = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'PUBLISHED' | 'WITHDRAWN'

export interface Article {
  id: number
  siteId: number
  columnId: number
  title: string
  body: string
  source: string | null
  state: ArticleState
  createdBy: string
  createdAt: string
  updatedAt: string | null
  publishedAt: string | null
  path: string | null
  major: boolean
  approvals: number
  checkBlocking: number
  checkWarnings: number
}

export interface ArticlePage {
  items: Article[]
  total: number
  page: number
  size: number
}

export const sitesApi = {
  list: () => api<Site[]>('GET', '/api/tenant/sites'),
  create: (site: NewSite) => api<Site>('POST', '/api/tenant/sites', { body: site }),
}

export interface DomainChange {
  newDomain: string
  effectiveOn: string
  reason: string
}

/** The data center's domain steps on one site (platform admins). */
export const domainsApi = {
  setChinese: (code: string, domain: string) => api<unknown>('PUT', `/api/tenant/sites/${code}/domains/chinese`, { body: { domain } }),
  releaseChinese: (code: string) => api<unknown>('DELETE', `/api/tenant/sites/${code}/domains/chinese`),
  announce: (code: string, change: DomainChange) => api<unknown>('POST', `/api/tenant/sites/${code}/domains/change`, { body: change }),
  cancel: (code: string) => api<unknown>('DELETE', `/api/tenant/sites/${code}/domains/change`),
}

export const columnsApi = {
  list: (site: string) => api<Column[]>('GET', '/api/content/columns', { site }),
  create: (site: string, column: NewColumn) => api<Column>('POST', '/api/content/columns', { site, body: column }),
}

export const articlesApi = {
  list: (site: string, query: { columnId?: number; state?: ArticleState; page: number; size: number }) => {
    const params = new URLSearchParams({ page: String(query.page), size: String(query.size) })
    if (query.columnId) params.set('columnId', String(query.columnId))
    if (query.state) params.set('state', query.state)
    return api<ArticlePage>('GET', `/api/content/articles?${params}`, { site })
  },
  create: (site: string, article: { columnId: number; title: string; body: string; source?: string }) =>
    api<Article>('POST', '/api/content/articles', { site, body: article }),
  publish: (site: string, id: number) => api<unknown>('POST', `/api/content/articles/${id}/publish`, { site }),
  submit: (site: string, id: number) => api<Article>('POST', `/api/content/articles/${id}/submit`, { site }),
  approve: (site: string, id: number, opinion?: string) => api<Article>('POST', `/api/content/articles/${id}/approve`, { site, body: { opinion } }),
  reject: (site: string, id: number, opinion: string) => api<Article>('POST', `/api/content/articles/${id}/reject`, { site, body: { opinion } }),
  queue: (site: string) => api<Article[]>('GET', '/api/content/review-queue', { site }),
}

export type LifecycleAction =
  | 'APPROVE' | 'BRING_ONLINE' | 'TAKE_OFFLINE' | 'EMERGENCY_SHUTDOWN' | 'RESTORE' | 'START_CLOSING' | 'CLOSE' | 'EXIT_SUPERVISION'

export interface Transition {
  id: number
  action: LifecycleAction
  from: string
  to: string
  reason: string
  notice: string | null
  until: string | null
  migrationTarget: string | null
  attachment: string | null
  reportRequired: boolean
  noticeUntil: string | null
  actor: string
  occurredAt: string
}

export interface TransitionRequest {
  action: LifecycleAction
  reason: string
  notice?: string
  until?: string
  migrationTarget?: string
  attachment?: string
}

export const lifecycleApi = {
  history: (code: string) => api<Transition[]>('GET', `/api/tenant/sites/${code}/transitions`),
  move: (code: string, request: TransitionRequest) => api<Transition>('POST', `/api/tenant/sites/${code}/transitions`, { body: request }),
}

export interface AuditEntry {
  id: number
  actor: string
  siteCode: string | null
  action: string
  target: string
  outcome: number
  clientIp: string | null
  requestId: string | null
  occurredAt: string
}

export interface AuditVerification {
  intact: boolean
  checked: number
  unchained: number
  firstBrokenId: number | null
}

function auditQuery(filter: { site?: string; from?: string; to?: string }): string {
  const params = new URLSearchParams()
  if (filter.site) params.set('site', filter.site)
  if (filter.from) params.set('from', filter.from)
  if (filter.to) params.set('to', filter.to)
  return params.toString()
}

export const auditApi = {
  find: (filter: { site?: string; from?: string; to?: string }) => api<AuditEntry[]>('GET', `/api/tenant/audit?${auditQuery(filter)}`),
  verify: () => api<AuditVerification>('GET', '/api/tenant/audit/verify'),
  exportPath: (filter: { site?: string; from?: string; to?: string }) => `/api/tenant/audit/export?${auditQuery(filter)}`,
}

export type SiteRole = 'site-admin' | 'editor' | 'reviewer' | 'chief'

export interface Member {
  username: string
  email: string | null
  role: SiteRole
  enabled: boolean
}

export const membersApi = {
  list: (code: string) => api<Member[]>('GET', `/api/tenant/sites/${code}/members`),
  add: (code: string, member: { username: string; email: string; role: SiteRole }) =>
    api<{ username: string; role: SiteRole; invited: boolean }>('POST', `/api/tenant/sites/${code}/members`, { body: member }),
  setEnabled: (code: string, username: string, enabled: boolean) =>
    api<void>('POST', `/api/tenant/sites/${code}/members/${encodeURIComponent(username)}/${enabled ? 'enable' : 'disable'}`),
  resetPassword: (code: string, username: string) =>
    api<{ username: string; temporaryPassword: string }>('POST', `/api/tenant/sites/${code}/members/${encodeURIComponent(username)}/reset-password`),
  remove: (code: string, username: string, role: SiteRole) =>
    api<void>('DELETE', `/api/tenant/sites/${code}/members/${encodeURIComponent(username)}/${role}`),
}

export interface Finding {
  field: 'title' | 'body'
  ruleId: string
  severity: 'BLOCKING' | 'WARNING'
  start: number
  end: number
  matched: string
  explanationZh: string
  explanationEn: string
}

export const checksApi = {
  run: (site: string, title: string, body: string) =>
    api<{ blocked: boolean; findings: Finding[] }>('POST', '/api/content/checks', { site, body: { title, body } }),
}
