import { create } from 'zustand';

export interface ToastAction {
  readonly label: string;
  run(): void;
}

export interface Toast {
  readonly id: number;
  readonly text: string;
  /** A button in the toast, such as Undo. */
  readonly action?: ToastAction;
}

/** The app's main places, one tab each. */
export const TABS = ['today', 'foods', 'body', 'settings'] as const;
export type Tab = (typeof TABS)[number];

export interface UiState {
  /** The day shown on Today, YYYY-MM-DD in the person's own calendar. */
  readonly date: string;
  readonly tab: Tab;
  readonly toasts: readonly Toast[];
  /** The meal food is being added to, while Add food is open. */
  readonly addingTo: string | undefined;
  /** True while the profile form is open (first run, or from Today). */
  readonly editingProfile: boolean;
  editProfile(open: boolean): void;
  showDate(date: string): void;
  showTab(tab: Tab): void;
  openAddFood(meal: string): void;
  closeAddFood(): void;
  toast(text: string, action?: ToastAction): void;
  dismiss(id: number): void;
}

/** Today's date on this device's calendar, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

let nextToast = 1;

/** What is on screen: the day shown, and passing messages. */
export const useUiStore = create<UiState>((set) => ({
  date: localToday(),
  tab: 'today',
  toasts: [],
  addingTo: undefined,
  editingProfile: false,
  editProfile: (open) => set({ editingProfile: open }),
  showDate: (date) => set({ date }),
  showTab: (tab) => set({ tab, addingTo: undefined }),
  openAddFood: (meal) => set({ addingTo: meal }),
  closeAddFood: () => set({ addingTo: undefined }),
  toast: (text, action) => {
    const id = nextToast++;
    set((s) => ({ toasts: [...s.toasts, action ? { id, text, action } : { id, text }] }));
    setTimeout(() => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })), action ? 6000 : 4000);
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));
