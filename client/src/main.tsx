import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './routes.js';
import { ErrorBoundary } from './ui/ErrorBoundary.js';
import './ui/theme.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
