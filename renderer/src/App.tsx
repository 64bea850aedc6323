import { useEffect } from 'react';
import { CohortScreen } from './cohort/CohortScreen';
import { AppHeader } from './components/AppHeader';
import { Notices } from './components/Notices';
import { useMenuCommands } from './components/useMenuCommands';
import { MockScreen } from './mock/MockScreen';
import { BriefScreen } from './screens/BriefScreen';
import { HistoryScreen } from './screens/HistoryScreen';
import { HomeScreen } from './screens/HomeScreen';
import { PlanScreen } from './screens/PlanScreen';
import { ReplayScreen } from './screens/ReplayScreen';
import { RunScreen } from './screens/RunScreen';
import { ScoreScreen } from './screens/ScoreScreen';
import { useAppStore } from './store/appStore';
import { syncAddress } from './store/address';
import { openScenario } from './store/actions';
import type { Screen } from './store/navigationSlice';
import { RedrawProgress } from './practice/RedrawProgress';

const SCREENS: Readonly<Record<Screen, () => React.JSX.Element>> = {
  home: HomeScreen,
  brief: BriefScreen,
  plan: PlanScreen,
  run: RunScreen,
  score: ScoreScreen,
  replay: ReplayScreen,
  history: HistoryScreen,
  mock: MockScreen,
  cohort: CohortScreen,
};

/**
 * Applies the chosen theme to the page as `data-theme="light|dark"`; "system" follows the
 * operating system, live. Resolving it here lets the stylesheet define each palette once.
 */
function useTheme() {
  const theme = useAppStore((s) => s.settings.theme);
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && query?.matches === true);
      document.documentElement.dataset['theme'] = dark ? 'dark' : 'light';
    };
    apply();
    if (theme !== 'system' || !query) return undefined;
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [theme]);
}

/** The address bar follows the screen, and Back, Forward and reloads follow the address bar. */
function useAddress() {
  useEffect(() => syncAddress((ref) => openScenario(ref)), []);
}

/** While a saved attempt's run is simulated again, before its Score or Replay opens. */
function Opening() {
  return (
    <div className="screen opening">
      <p role="status">Opening the saved attempt…</p>
      <RedrawProgress />
    </div>
  );
}

/** The application frame: skip link, header, notices and the current screen. */
export function App() {
  const screen = useAppStore((s) => s.screen);
  const opening = useAppStore((s) => s.opening !== null);
  useTheme();
  useMenuCommands();
  useAddress();
  const Current = opening ? Opening : SCREENS[screen];
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppHeader />
      <main id="main" className="app-main">
        <Notices />
        <Current key={screen} />
      </main>
    </>
  );
}
