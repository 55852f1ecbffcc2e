import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { useDataStore } from './stores/data-store.ts';
import './styles.css';

// Back online: send what was logged meanwhile.
window.addEventListener('online', () => void useDataStore.getState().sync());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
