// Boots the React example: defines the hub's elements, then renders against the hub the page names.
import '@mnh/widgets/provider';
import '@mnh/widgets/practice-list';
import '@mnh/widgets/practice-detail';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './app.css';

const hub = document.querySelector<HTMLMetaElement>('meta[name="mnh-hub"]')?.content ?? 'http://localhost:8787';
const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root');

createRoot(root).render(
  <StrictMode>
    <App hub={hub} />
  </StrictMode>,
);
