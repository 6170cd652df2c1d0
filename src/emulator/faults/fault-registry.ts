import type { FaultSpec } from './fault-spec.ts';

export interface ActiveFault extends FaultSpec {
  id: number;
  /** Requests this fault will still hit. */
  remaining: number;
}

function matches(fault: FaultSpec, method: string, path: string): boolean {
  if (fault.method !== '*' && fault.method !== method.toUpperCase()) return false;
  return fault.path.endsWith('*') ? path.startsWith(fault.path.slice(0, -1)) : path === fault.path;
}

/** The armed faults of one emulator, oldest first; the first match wins and uses up one of its count. */
export function createFaultRegistry() {
  let faults: ActiveFault[] = [];
  let nextId = 1;
  return {
    add(spec: FaultSpec): ActiveFault {
      const fault = { ...spec, id: nextId++, remaining: spec.count };
      faults.push(fault);
      return { ...fault };
    },
    list(): ActiveFault[] {
      return faults.map((f) => ({ ...f }));
    },
    clear(): number {
      const cleared = faults.length;
      faults = [];
      return cleared;
    },
    /** The fault for this request, if any, counting the hit. */
    take(method: string, path: string): ActiveFault | undefined {
      const fault = faults.find((f) => matches(f, method, path));
      if (!fault) return undefined;
      fault.remaining -= 1;
      if (fault.remaining === 0) faults = faults.filter((f) => f !== fault);
      return { ...fault };
    },
  };
}
export type FaultRegistry = ReturnType<typeof createFaultRegistry>;
