/** An RFC 9457 problem from the platform: Chinese title/detail, English beside them. */
export interface FieldError {
  field: string
  message: string
  messageEn?: string
}

export interface ProblemBody {
  type?: string
  status?: number
  title?: string
  detail?: string
  titleEn?: string
  detailEn?: string
  requestId?: string
  errors?: FieldError[]
}

export class ApiProblem extends Error {
  constructor(readonly status: number, readonly body: ProblemBody) {
    super(body.detailEn || body.detail || `HTTP ${status}`)
  }

  title(locale: string): string {
    return (locale.startsWith('en') ? this.body.titleEn : this.body.title) || this.body.title || `HTTP ${this.status}`
  }

  detail(locale: string): string {
    return (locale.startsWith('en') ? this.body.detailEn : this.body.detail) || this.body.detail || ''
  }

  /** Field name -> message in the locale, for the form items. */
  fieldErrors(locale: string): Record<string, string> {
    const result: Record<string, string> = {}
    for (const error of this.body.errors ?? []) {
      const message = locale.startsWith('en') ? error.messageEn || error.message : error.message
      result[error.field] = result[error.field] ? `${result[error.field]}；${message}` : message
    }
    return result
  }
}

/** Anything thrown by a call, as a problem (network failures included). */
export function asProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) {
    return error
  }
  return new ApiProblem(0, {
    title: '无法连接服务器',
    titleEn: 'Cannot reach the server',
    detail: '请检查网络后重试',
    detailEn: 'Check the connection and try again',
  })
}
