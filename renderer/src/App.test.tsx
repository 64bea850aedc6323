import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App';

describe('App', () => {
  it('names the product and the engine version it runs', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Canary Coach' })).toBeInTheDocument();
    expect(screen.getByText(/Simulation engine \d+\.\d+\.\d+/)).toBeInTheDocument();
  });
});
