/** Bumped whenever a change alters any simulated number for the same scenario, plan and seed. */
export const ENGINE_VERSION = '0.2.1';
