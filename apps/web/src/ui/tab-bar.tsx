import { TABS, useUiStore, type Tab } from '../stores/ui-store.ts';

const LABELS: Record<Tab, string> = { today: 'Today', foods: 'My foods', body: 'Body', settings: 'Settings' };

// 24 px line icons, drawn in the current text colour.
const ICONS: Record<Tab, string> = {
  today: 'M4 5h16v15H4zM4 10h16M9 3v4M15 3v4',
  foods: 'M12 3c-3 0-5 2-5 5 0 4 5 8 5 8s5-4 5-8c0-3-2-5-5-5zM5 21h14',
  body: 'M4 18h16M7 18V9m5 9V5m5 13v-6',
  settings: 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM4 12h2m12 0h2M12 4v2m0 12v2M6.3 6.3l1.4 1.4m8.6 8.6 1.4 1.4m0-11.4-1.4 1.4m-8.6 8.6-1.4 1.4',
};

/** The app's places: a bar at the bottom on a phone, a rail at the side on a wide screen. */
export function TabBar() {
  const tab = useUiStore((s) => s.tab);
  const showTab = useUiStore((s) => s.showTab);
  return (
    <nav className="tab-bar" aria-label="Main">
      <span className="tab-brand" aria-hidden="true">
        MacroMuse
      </span>
      {TABS.map((t) => (
        <button key={t} type="button" className="tab" aria-current={t === tab ? 'page' : undefined} onClick={() => showTab(t)}>
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
            <path d={ICONS[t]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span>{LABELS[t]}</span>
        </button>
      ))}
    </nav>
  );
}
