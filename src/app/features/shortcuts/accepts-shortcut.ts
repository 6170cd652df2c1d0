/** The parts of a key press that decide whether it may be a page-wide shortcut. */
export interface ShortcutKeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
  defaultPrevented: boolean;
  getModifierState?: (key: string) => boolean;
}

/** Inputs that take no typed text: a letter pressed on a focused checkbox is still a shortcut. */
const UNTYPED_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'image',
  'color',
]);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !UNTYPED_INPUTS.has(target.type);
  return (
    target.isContentEditable ||
    // jsdom has no isContentEditable; the attribute says the same.
    target.closest('[contenteditable]:not([contenteditable="false"])') !== null ||
    ['SELECT', 'TEXTAREA'].includes(target.tagName)
  );
}

/**
 * Whether a key press may trigger a page-wide shortcut: not while typing in a form field, not with
 * Ctrl/Meta/Alt held (those belong to the browser and the system), not when a widget already handled it,
 * and not while a modal dialog is open (its keys are its own). AltGr is not a modifier here: on many
 * European layouts `[`, `]` and `?` are typed with it, and browsers report it as Ctrl+Alt.
 */
export function acceptsShortcut(event: ShortcutKeyPress, doc: Document = document): boolean {
  if (event.defaultPrevented || isTyping(event.target)) return false;
  const altGraph = event.getModifierState?.('AltGraph') === true;
  if (event.metaKey || (!altGraph && (event.ctrlKey || event.altKey))) return false;
  return doc.querySelector('[aria-modal="true"], dialog[open]') === null;
}
