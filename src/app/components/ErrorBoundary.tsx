// A failure while showing a page (a chunk that did not load, a bug) shows a message
// and a way out instead of a blank page. Drafts are already saved.
import { Component, type ReactNode } from "react";
import { LIST_HASH } from "../route";

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="page-error" role="alert">
        <h1>This page could not be shown</h1>
        <p>{this.state.error.message}</p>
        <p className="muted">Your drafts and progress are saved in this browser.</p>
        <p>
          <button type="button" className="primary" onClick={() => location.reload()}>Reload</button>{" "}
          <a href={LIST_HASH} onClick={() => this.setState({ error: null })}>Back to the exercises</a>
        </p>
      </main>
    );
  }
}
