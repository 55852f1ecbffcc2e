import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { useAppStore } from './stores/app-store.ts';
import { useDataStore } from './stores/data-store.ts';
import { localToday, useUiStore } from './stores/ui-store.ts';
import './styles.css';

// Open the data of whoever is signed in already (a session kept from before).
useDataStore.getState().followSession();
// Back online: send what was logged meanwhile.
window.addEventListener('online', () => void useDataStore.getState().sync());
// Signed out, or someone else signed in: nothing of the person before stays on screen.
useAppStore.subscribe((state, before) => {
  if (state.session?.user.id === before.session?.user.id) return;
  useDataStore.getState().followSession();
  // Whoever signs in starts on today's Today.
  useUiStore.getState().showTab('today');
  useUiStore.getState().showDate(localToday());
  useUiStore.setState({ toasts: [] });
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
