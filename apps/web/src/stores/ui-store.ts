import { create } from 'zustand';

export interface Toast {
  readonly id: number;
  readonly text: string;
}

export interface UiState {
  /** The day shown on Today, YYYY-MM-DD in the person's own calendar. */
  readonly date: string;
  readonly toasts: readonly Toast[];
  /** The meal food is being added to, while Add food is open. */
  readonly addingTo: string | undefined;
  /** True while the profile form is open (first run, or from Today). */
  readonly editingProfile: boolean;
  editProfile(open: boolean): void;
  showDate(date: string): void;
  openAddFood(meal: string): void;
  closeAddFood(): void;
  toast(text: string): void;
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
  toasts: [],
  addingTo: undefined,
  editingProfile: false,
  editProfile: (open) => set({ editingProfile: open }),
  showDate: (date) => set({ date }),
  openAddFood: (meal) => set({ addingTo: meal }),
  closeAddFood: () => set({ addingTo: undefined }),
  toast: (text) => {
    const id = nextToast++;
    set((s) => ({ toasts: [...s.toasts, { id, text }] }));
    setTimeout(() => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })), 4000);
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));
