import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';

interface Props<T> {
  readonly items: readonly T[];
  /** What the list is, for screen readers ("Search results"). */
  readonly label: string;
  itemKey(item: T): string;
  renderItem(item: T): ReactNode;
  /** Height of one row before it is measured, in px. */
  readonly estimateSize?: number;
}

/**
 * A list that renders only the rows near the screen, scrolled with the page. It stays a list
 * to assistive technology: each row says its place and the list's length.
 */
export function VirtualList<T>({ items, label, itemKey, renderItem, estimateSize = 64 }: Props<T>) {
  const list = useRef<HTMLUListElement>(null);
  const [top, setTop] = useState(0);

  // Where the list starts on the page moves as what is above it changes (a note appears, a font loads).
  useEffect(() => {
    const measure = () => {
      const element = list.current;
      if (element) setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimateSize,
    overscan: 8,
    scrollMargin: top,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : itemKey(item);
    },
  });

  return (
    <ul ref={list} role="list" aria-label={label} className="virtual-list" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => {
        const item = items[row.index];
        if (item === undefined) return null;
        return (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
          >
            {renderItem(item)}
          </li>
        );
      })}
    </ul>
  );
}
