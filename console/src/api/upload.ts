import { accessToken } from '../auth/session'
import { ApiProblem, type ProblemBody } from './problem'

/**
 * A multipart POST through XMLHttpRequest, because fetch reports no upload progress and a
 * large file needs a visible one. Same headers and problems as {@link api}.
 */
export async function upload<T>(path: string, form: FormData, options: { site?: string; onProgress?: (percent: number) => void } = {}): Promise<T> {
  const token = await accessToken()
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', path)
    request.setRequestHeader('Accept', 'application/json, application/problem+json')
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`)
    if (options.site) request.setRequestHeader('X-Govsite-Site', options.site)
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100))
    }
    request.onload = () => {
      const body = parse(request.responseText)
      if (request.status >= 200 && request.status < 300) {
        options.onProgress?.(100)
        resolve(body as T)
      } else {
        reject(new ApiProblem(request.status, (body as ProblemBody) ?? {}))
      }
    }
    request.onerror = () => reject(new Error('network'))
    request.send(form)
  })
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined
  } catch {
    return undefined
  }
}
