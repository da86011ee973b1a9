import { accessToken } from '../auth/session'
import { ApiProblem, type ProblemBody } from './problem'

/**
 * Calls the platform API on the console's own origin (the gateway routes /api/...), with
 * the bearer token and, for site-scoped calls, the site in X-Govsite-Site.
 */
export async function api<T>(method: string, path: string, options: { site?: string; body?: unknown } = {}): Promise<T> {
  const response = await send(method, path, options)
  const text = await response.text()
  return (text ? safeJson(text) : undefined) as T
}

/** Saves what a GET answers (an export) as a file, through the browser's download. */
export async function download(path: string, filename: string, options: { site?: string } = {}): Promise<void> {
  const response = await send('GET', path, options)
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.click()
  URL.revokeObjectURL(url)
}

/**
 * A file the API serves, as a data: address for an <img>: an image tag cannot send the
 * token, and the console's CSP allows data: images but not blob: ones.
 */
export async function dataUrl(path: string, options: { site?: string } = {}): Promise<string> {
  const blob = await (await send('GET', path, { ...options, accept: 'image/*, application/problem+json;q=0.9' })).blob()
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(blob)
  })
}

async function send(method: string, path: string, options: { site?: string; body?: unknown; accept?: string }): Promise<Response> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json, application/problem+json, text/csv' }
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
  if (!response.ok) {
    const text = await response.text()
    throw new ApiProblem(response.status, ((text ? safeJson(text) : undefined) as ProblemBody) ?? {})
  }
  return response
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
