import { Component, type ReactNode } from 'react';

/** If a screen fails, say so in words instead of leaving a blank page; the board itself is safe on the device and the server. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Screen failed', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="message-page">
        <h1>Something went wrong on this screen</h1>
        <p>Reload the page. Nothing you typed is lost: it is kept on this device and on the server.</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </main>
    );
  }
}
