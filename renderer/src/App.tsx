import { ENGINE_VERSION } from '../../sim-engine/index';

/** The application frame; the screens arrive with the learner's app. */
export function App() {
  return (
    <main className="app">
      <h1>Canary Coach</h1>
      <p>Practise the decisions a canary release turns on, then see what your plan caught.</p>
      <p className="app-version">Simulation engine {ENGINE_VERSION}</p>
    </main>
  );
}
