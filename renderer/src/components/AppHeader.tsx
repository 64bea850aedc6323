import { useShallow } from 'zustand/react/shallow';
import type { Settings } from '../platform/platform';
import { changeSettings } from '../store/actions';
import { useAppStore } from '../store/appStore';

/** The bar across the top: the product, the places one can always go, and the theme. */
export function AppHeader() {
  const { screen, go, theme } = useAppStore(
    useShallow((s) => ({ screen: s.screen, go: s.go, theme: s.settings.theme })),
  );
  return (
    <header className="app-header">
      <span className="brand" aria-hidden="true">
        Canary Coach
      </span>
      <nav aria-label="Main">
        <button
          type="button"
          aria-current={screen === 'home' ? 'page' : undefined}
          onClick={() => go('home')}
        >
          Library
        </button>
        <button
          type="button"
          aria-current={screen === 'history' ? 'page' : undefined}
          onClick={() => go('history')}
        >
          History
        </button>
        <button
          type="button"
          aria-current={screen === 'cohort' ? 'page' : undefined}
          onClick={() => go('cohort')}
        >
          Cohort
        </button>
      </nav>
      <label className="theme-picker">
        Theme
        <select
          value={theme}
          onChange={(event) =>
            void changeSettings({ theme: event.target.value as Settings['theme'] })
          }
        >
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
    </header>
  );
}
