// Last line of defence: a crash in a screen shows a message instead of a blank page.
import { Component, type ReactNode } from 'react';
import { t } from '../i18n/en';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="screen-message" role="alert">
        <p>{t.app.crashed}</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" onClick={() => window.location.reload()}>{t.app.reload}</button>
      </div>
    );
  }
}
