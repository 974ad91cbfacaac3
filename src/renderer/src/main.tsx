/** Renderer entry: mounts the app on the Bridge the preload exposed. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/index.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App bridge={window.lifeboat} />
    </StrictMode>,
  );
}
