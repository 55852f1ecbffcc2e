import { useRef, type KeyboardEvent } from 'react';

interface Props<T extends string> {
  /** What the tabs choose between, for screen readers. */
  readonly label: string;
  readonly tabs: readonly { readonly id: T; readonly label: string }[];
  readonly selected: T;
  onSelect(id: T): void;
  /** Prefix of the tab and panel element ids: `${idPrefix}-tab-${id}`, `${idPrefix}-panel`. */
  readonly idPrefix: string;
}

/** A row of tabs drawn as a segmented control; arrow keys move between them. */
export function SegmentedTabs<T extends string>({ label, tabs, selected, onSelect, idPrefix }: Props<T>) {
  const buttons = useRef<Map<T, HTMLButtonElement>>(new Map());
  const move = (event: KeyboardEvent, index: number) => {
    const by = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const to = event.key === 'Home' ? tabs[0] : event.key === 'End' ? tabs[tabs.length - 1] : by !== 0 ? tabs[(index + by + tabs.length) % tabs.length] : undefined;
    if (!to) return;
    event.preventDefault();
    onSelect(to.id);
    buttons.current.get(to.id)?.focus();
  };
  return (
    <div className="segmented" role="tablist" aria-label={label}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(element) => {
            if (element) buttons.current.set(tab.id, element);
            else buttons.current.delete(tab.id);
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => move(event, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
