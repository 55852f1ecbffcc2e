import { Component, type ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
  /** What the screen is, for the message ("Today"). */
  readonly screen: string;
}

const RELOADED = 'macromuse.reloaded-for-new-version';

/** Keeps one screen's failure on that screen, with a way to try again; never a blank page. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  /** A screen's code that is gone from the server (a new version was deployed): load the new version, once. */
  override componentDidCatch(error: unknown): void {
    const missingCode = error instanceof TypeError && /dynamically imported module|module script failed/i.test(error.message);
    if (missingCode && sessionStorage.getItem(RELOADED) === null) {
      sessionStorage.setItem(RELOADED, String(Date.now()));
      window.location.reload();
    }
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="card problem" role="alert">
        <p>{this.props.screen} could not be shown. Your data is safe.</p>
        <button type="button" onClick={() => this.setState({ failed: false })}>
          Try again
        </button>
      </div>
    );
  }
}
