import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Turns a render error anywhere below into a readable message with a way
 * back, never a blank page. The state in the link is the likeliest culprit,
 * so the way back is the same page without it.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Crossings could not show this view:', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="status status--error" role="alert">
        <h1>Crossings could not show this view</h1>
        <p>
          What went wrong: <code>{error.message}</code>
        </p>
        <p>
          <a href={window.location.pathname}>Open the default view</a> (this page without the state
          in its link), or{' '}
          <button type="button" className="link-button" onClick={() => window.location.reload()}>
            try this view again
          </button>
          . If it keeps failing, run <code>npm run check</code> to rebuild the corpus.
        </p>
      </main>
    );
  }
}
