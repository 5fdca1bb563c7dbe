/** Stands in for the browser's EventSource (jsdom has none): `vi.stubGlobal('EventSource', FakeEventSource)`. */
export class FakeEventSource {
  static instances: FakeEventSource[] = []
  listeners: Record<string, Array<(event: { data?: string }) => void>> = {}
  closed = false
  constructor(public url: string) {
    FakeEventSource.instances.push(this)
  }
  addEventListener(name: string, listener: (event: { data?: string }) => void) {
    ;(this.listeners[name] ??= []).push(listener)
  }
  emit(name: string, data?: string) {
    this.listeners[name]?.forEach((listener) => listener({ data }))
  }
  close() {
    this.closed = true
  }
}
