import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { choosePlatform } from './platform/index';
import { initApp } from './store/actions';
import { configureServices, defaultEngine } from './store/services';
import './styles.css';

configureServices({ platform: choosePlatform(), engine: defaultEngine() });
void initApp();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
