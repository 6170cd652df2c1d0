import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { setupServer } from 'msw/node';

export interface MswTestServerOptions {
  /** Stub ResizeObserver, which jsdom lacks and Recharts' ResponsiveContainer needs (chart pages). */
  resizeObserver?: boolean;
}

/**
 * The MSW set-up of a component test file (call it at the top level, with the `// @vitest-environment
 * jsdom` docblock): a server that fails on any unhandled request, the rendered tree and the handlers a
 * test added (`server.use`) dropped after each test, and globals stubbed here restored at the end.
 */
export function mswTestServer(options: MswTestServerOptions = {}) {
  const server = setupServer();
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    if (options.resizeObserver)
      vi.stubGlobal(
        'ResizeObserver',
        class {
          observe() {}
          unobserve() {}
          disconnect() {}
        },
      );
  });
  afterEach(() => {
    cleanup();
    server.resetHandlers();
  });
  afterAll(() => {
    server.close();
    vi.unstubAllGlobals();
  });
  return server;
}
