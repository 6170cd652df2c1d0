import type { Hono } from 'hono';
import type { EmulatorContext } from '../emulator-context.ts';

// Placeholder: filled in by the work on this route group.
export function registerExportEventsRoutes(_app: Hono, _ctx: EmulatorContext): void {}
