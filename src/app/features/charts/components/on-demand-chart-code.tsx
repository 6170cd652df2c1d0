import { lazy, useEffect, useState } from 'react';

/**
 * Chart-page code the first line chart does not need, split out to keep the page within its JS budget
 * (issue 8 §2: ≤ 260 KB gzip, `npm run size`): the bar and area shapes, the dialogs and the marker
 * popover, the PNG export. Each loads on first use, and `prefetchOnDemandChartCode` fetches them all once
 * the first chart is drawn and the browser is idle, so a first click does not wait for the network.
 */
const loaders = {
  barArea: () => import('./bar-area-shapes.ts'),
  addReference: () => import('./add-reference-dialog.tsx'),
  popover: () => import('./reference-popover.tsx'),
  editor: () => import('../../references/components/reference-editor-dialog.tsx'),
  deleteConfirm: () => import('../../references/components/delete-reference-confirm.tsx'),
  png: () => import('./chart-png.ts'),
};

export const AddReferenceDialog = lazy(() =>
  loaders.addReference().then((m) => ({ default: m.AddReferenceDialog })),
);
export const ReferencePopover = lazy(() =>
  loaders.popover().then((m) => ({ default: m.ReferencePopover })),
);
export const ReferenceEditorDialog = lazy(() =>
  loaders.editor().then((m) => ({ default: m.ReferenceEditorDialog })),
);
export const DeleteReferenceConfirm = lazy(() =>
  loaders.deleteConfirm().then((m) => ({ default: m.DeleteReferenceConfirm })),
);

export const loadChartPng = () => loaders.png().then((m) => m.chartPng);

export type BarAreaShapes = Awaited<ReturnType<typeof loaders.barArea>>;
let barAreaShapes: BarAreaShapes | null = null;
const loadBarArea = () =>
  loaders.barArea().then((shapes) => {
    barAreaShapes = shapes;
    return shapes;
  });

/** The bar and area shapes once loaded (at once when already loaded); null while `needed` waits. */
export function useBarAreaShapes(needed: boolean): BarAreaShapes | null {
  const [shapes, setShapes] = useState(barAreaShapes);
  useEffect(() => {
    if (!needed || shapes) return;
    let current = true;
    void loadBarArea().then((loaded) => current && setShapes(loaded));
    return () => {
      current = false;
    };
  }, [needed, shapes]);
  return shapes;
}

let prefetched = false;

/** Once per page load, when the browser has nothing better to do. */
export function prefetchOnDemandChartCode(): void {
  if (prefetched) return;
  prefetched = true;
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
  idle(() => {
    void loadBarArea();
    // The module system fetches each chunk once, so loading barArea twice costs nothing.
    for (const load of Object.values(loaders)) void load();
  });
}
