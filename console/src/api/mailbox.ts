import { api } from './http'

export type MessageState = 'SUBMITTED' | 'ACCEPTED' | 'ASSIGNED' | 'REPLIED' | 'PUBLISHED' | 'PRIVATE' | 'REJECTED'

export interface Mailbox {
  id: number
  code: string
  name: string
  deadlineDays: number
  remindDays: number
  enabled: boolean
}

/** A citizen's message as the site's staff see it, with its deadline in working days. */
export interface StaffMessage {
  id: number
  mailboxId: number
  trackingCode: string
  title: string
  body: string
  writerName: string
  state: MessageState
  stateLabel: string
  receivedAt: string
  dueOn: string
  deadlineDays: number
  workingDaysLeft: number
  overdue: boolean
  screeningHits: number
  unit: string | null
  reply: string | null
  repliedAt: string | null
  publicTitle: string | null
  publicBody: string | null
  publicReply: string | null
  publishedAt: string | null
}

/** The states in which an answer is still owed (the deadline runs). */
export const OPEN_STATES: MessageState[] = ['SUBMITTED', 'ACCEPTED', 'ASSIGNED']

export const mailboxApi = {
  mailboxes: (site: string) => api<Mailbox[]>('GET', '/api/content/mailboxes', { site }),
  messages: (site: string, state?: MessageState) =>
    api<StaffMessage[]>('GET', `/api/content/mailbox-messages${state ? `?state=${state}` : ''}`, { site }),
  accept: (site: string, id: number) => api<StaffMessage>('POST', `/api/content/mailbox-messages/${id}/accept`, { site }),
  reply: (site: string, id: number, reply: string) =>
    api<StaffMessage>('POST', `/api/content/mailbox-messages/${id}/reply`, { site, body: { reply } }),
  publish: (site: string, id: number, wording: { title?: string; body?: string; reply?: string }) =>
    api<StaffMessage>('POST', `/api/content/mailbox-messages/${id}/publish`, { site, body: wording }),
}
