import type { Hono } from 'hono';
import type { EmulatorContext } from '../emulator-context.ts';

// Placeholder: filled in by the work on this route group.
export function registerTrackRoutes(_app: Hono, _ctx: EmulatorContext): void {}
