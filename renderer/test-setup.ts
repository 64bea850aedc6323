import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetAppStore } from './src/store/appStore';

afterEach(() => {
  cleanup();
  // Each test starts from a fresh store: no test sees another's state.
  resetAppStore();
  window.localStorage.clear();
  // Each test starts at the app's plain address: the store writes its place into the hash.
  window.history.replaceState(null, '', '/');
});
