import { Component, type ErrorInfo, type ReactNode } from 'react'

interface ErrorBoundaryProps {
  fallback: (error: unknown) => ReactNode
  children: ReactNode
}

interface ErrorBoundaryState {
  failed: boolean
  error: unknown
}

/** Last line of defence for render errors outside the router's own error handling. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { failed: false, error: undefined }

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { failed: true, error }
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Unhandled error in the user interface', error, info.componentStack)
  }

  render() {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children
  }
}
