/** Tiny DOM helpers for the contribution form (no framework, no innerHTML with user text). */

export type Path = (string | number)[];

type Attributes = Record<string, string | number | boolean | undefined | null>;

/** An element with attributes (false/undefined/null leave an attribute out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string | false | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    element.append(child);
  }
  return element;
}

/** The id of the control (or fieldset) for a path: ["examples", 0, "text"] → "f-examples-0-text". */
export const idFor = (path: Path) => `f-${path.join('-')}`;

/** Sets a value deep in the form values, creating objects and arrays on the way. */
export function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  let current: Record<string | number, unknown> = root;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      current[key] = value;
      return;
    }
    const next = current[key];
    if (next === null || typeof next !== 'object')
      current[key] = typeof path[index + 1] === 'number' ? [] : {};
    current = current[key] as Record<string | number, unknown>;
  });
}

/** Adds ids to an element's aria-describedby (without duplicates), or removes them. */
export function describedBy(element: Element, add: string[], remove: string[] = []): void {
  const ids = (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter((id) => id && !remove.includes(id));
  for (const id of add) if (!ids.includes(id)) ids.unshift(id);
  if (ids.length) element.setAttribute('aria-describedby', ids.join(' '));
  else element.removeAttribute('aria-describedby');
}

/** The first control a user can type in or pick inside an element (or the element itself). */
export function firstControl(element: Element): HTMLElement | null {
  if (element.matches('input, select, textarea, button')) return element as HTMLElement;
  return element.querySelector<HTMLElement>(
    'input:not([type=hidden]):not([hidden]), select, textarea, button',
  );
}
