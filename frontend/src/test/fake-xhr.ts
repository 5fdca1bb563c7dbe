import { act } from '@testing-library/react'

type ProgressEventLike = { loaded: number; total: number; lengthComputable: boolean }

/** An XMLHttpRequest that records what it was asked to send and answers when the test says. */
export class FakeXhr {
  static last: FakeXhr | null = null
  upload: { onprogress: ((event: ProgressEventLike) => void) | null } = { onprogress: null }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  onabort: (() => void) | null = null
  withCredentials = false
  status = 0
  statusText = ''
  responseText = ''
  method = ''
  url = ''
  body: unknown = null
  headers: Record<string, string> = {}
  aborted = false

  open(method: string, url: string) {
    this.method = method
    this.url = url
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value
  }

  send(body: unknown) {
    this.body = body
    FakeXhr.last = this
  }

  abort() {
    this.aborted = true
    this.onabort?.()
  }

  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ loaded, total, lengthComputable: true }))
  }

  respond(status: number, body: unknown) {
    this.status = status
    this.responseText = JSON.stringify(body)
    act(() => this.onload?.())
  }
}
