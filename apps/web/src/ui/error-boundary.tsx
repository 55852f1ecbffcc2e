import { Component, type ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
  /** What the screen is, for the message ("Today"). */
  readonly screen: string;
}

/** Keeps one screen's failure on that screen, with a way to try again; never a blank page. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
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
