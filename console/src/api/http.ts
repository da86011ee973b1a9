import { accessToken } from '../auth/session'
import { ApiProblem, type ProblemBody } from './problem'

/**
 * Calls the platform API on the console's own origin (the gateway routes /api/...), with
 * the bearer token and, for site-scoped calls, the site in X-Govsite-Site.
 */
export async function api<T>(method: string, path: string, options: { site?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' }
  const token = await accessToken()
  if (token) {
    headers.Authorization = `Bearer ${token}`
  }
  if (options.site) {
    headers['X-Govsite-Site'] = options.site
  }
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
  }
  const response = await fetch(path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const text = await response.text()
  const json = text ? safeJson(text) : undefined
  if (!response.ok) {
    throw new ApiProblem(response.status, (json as ProblemBody) ?? {})
  }
  return json as T
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
