/**
 * Browser-side quality checks for the end-to-end tests: axe-core with the WCAG 2.x A/AA
 * rules, and a keyboard walk-through that records every Tab stop with its focus style.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what Flemish governments are held to (and 2.2 on top). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements, with axe's summary of what to fix. */
  nodes: { target: string; summary: string }[];
}

/** A page in a context of its own (axe needs one), with a 800 px high viewport; close it with closePage(). */
export async function newPage(browser: Browser, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  return context.newPage();
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/** Runs axe on the page as it is now; returns the violations (an empty list when it passes). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Legacy mode runs axe in the page itself: our pages have no frames, and it saves a page per run.
  const results = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true).analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    nodes: v.nodes.map((n) => ({
      target: n.target.join(' '),
      summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  }));
}

/** Readable report: one block per rule, with up to five elements. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => `    ${n.target}: ${n.summary}`);
      const more = v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : [];
      return [`  ${v.rule} (${v.impact}): ${v.help}`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}

export interface FocusStop {
  /** Short description: tag, text or label, e.g. `a "Over"`. */
  name: string;
  inMain: boolean;
  /** The focus indicator (outline or box-shadow) while focused; "none" when there is none. */
  focusStyle: string;
  /** The same properties with the element not focused. */
  restStyle: string;
  /** The element lies at least partly inside the viewport while focused. */
  inViewport: boolean;
  /** Another element covers the middle of the focused element. */
  obscuredBy?: string;
}

export interface KeyboardWalk {
  stops: FocusStop[];
  /** Focusable, rendered controls that Tab never reached. */
  unreached: string[];
  /** Elements with a positive tabindex (they break the natural order). */
  positiveTabindex: string[];
  /** Pairs of consecutive stops where focus jumped backwards in the document. */
  outOfOrder: string[];
}

/**
 * Presses Tab from the top of the page until focus leaves the page or comes back round,
 * recording each stop; then compares every control's focused and unfocused style.
 */
export async function walkWithKeyboard(page: Page, maxStops = 400): Promise<KeyboardWalk> {
  await page.evaluate(installPageHelpers);
  await focusStartOfPage(page);
  const stops: FocusStop[] = [];
  // Tab inside one control (the day, month and year of a date field) keeps the same active
  // element for a few presses; more than that is a keyboard trap, and the walk ends there.
  let samePresses = 0;
  for (let press = 0; press < maxStops; press++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((index) => {
      const { describe, focusIndicator } = (window as unknown as PageWindow).__quality;
      const el = document.activeElement as HTMLElement | null;
      if (el && index > 0 && el.getAttribute('data-kb-step') === String(index - 1))
        return 'same' as const;
      if (!el || el === document.body || el.hasAttribute('data-kb-step')) return undefined;
      el.setAttribute('data-kb-step', String(index));
      const rect = el.getBoundingClientRect();
      const inViewport =
        rect.width > 0 &&
        rect.height > 0 &&
        rect.bottom > 0 &&
        rect.right > 0 &&
        rect.top < innerHeight &&
        rect.left < innerWidth;
      const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      const obscured =
        hit &&
        hit !== el &&
        !el.contains(hit) &&
        !hit.contains(el) &&
        !(hit instanceof HTMLLabelElement && hit.control === el);
      return {
        name: describe(el),
        inMain: Boolean(el.closest('main')),
        focusStyle: focusIndicator(el),
        restStyle: '',
        inViewport,
        ...(obscured && hit ? { obscuredBy: describe(hit) } : {}),
      };
    }, stops.length);
    if (stop === 'same') {
      if (++samePresses > 4) break;
      continue;
    }
    samePresses = 0;
    if (!stop) break;
    stops.push(stop);
  }

  const after = await page.evaluate(() => {
    const { describe, focusIndicator } = (window as unknown as PageWindow).__quality;
    (document.activeElement as HTMLElement | null)?.blur?.();
    const stepped = [...document.querySelectorAll<HTMLElement>('[data-kb-step]')].sort(
      (a, b) => Number(a.dataset.kbStep) - Number(b.dataset.kbStep),
    );
    const rest = stepped.map(focusIndicator);
    const selector =
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"], audio[controls], video[controls]';
    const candidates = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        el.tabIndex >= 0 &&
        !(el as HTMLButtonElement).disabled &&
        !el.closest('[inert]') &&
        el.checkVisibility({ visibilityProperty: true }),
    );
    // A radio group is one Tab stop: reaching any radio of the group reaches the group.
    const groupOf = (el: Element) =>
      el instanceof HTMLInputElement && el.type === 'radio' && el.name
        ? `${el.form?.id}/${el.name}`
        : undefined;
    const reachedGroups = new Set(stepped.map(groupOf).filter(Boolean));
    const unreached = candidates
      .filter((el) => !el.hasAttribute('data-kb-step') && !reachedGroups.has(groupOf(el)))
      .map(describe);
    const positiveTabindex = [...document.querySelectorAll<HTMLElement>('[tabindex]')]
      .filter((el) => el.tabIndex > 0)
      .map(describe);
    const outOfOrder: string[] = [];
    for (let i = 1; i < stepped.length; i++) {
      const previous = stepped[i - 1]!;
      const current = stepped[i]!;
      if (!(previous.compareDocumentPosition(current) & Node.DOCUMENT_POSITION_FOLLOWING))
        outOfOrder.push(`${describe(previous)} → ${describe(current)}`);
    }
    for (const el of stepped) el.removeAttribute('data-kb-step');
    return { rest, unreached, positiveTabindex, outOfOrder };
  });
  stops.forEach((stop, i) => (stop.restStyle = after.rest[i] ?? 'none'));
  return {
    stops,
    unreached: after.unreached,
    positiveTabindex: after.positiveTabindex,
    outOfOrder: after.outOfOrder,
  };
}

interface PageWindow {
  __quality: { describe: (el: Element) => string; focusIndicator: (el: Element) => string };
}

/** Runs in the page: helpers the walk's page functions share (they cannot share closures). */
function installPageHelpers() {
  (window as unknown as PageWindow).__quality = {
    describe(el) {
      const label =
        el.getAttribute('aria-label') ??
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        el.textContent ??
        '';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${label.replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
    },
    focusIndicator(el) {
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      if (outline)
        return `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}; box-shadow ${style.boxShadow}`;
      return style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : 'none';
    },
  };
}

/**
 * Makes the next Tab go to the first control of the page, as on a page just opened. On a
 * fresh page nothing needs doing; when a test has moved focus (e.g. clicked a filter open),
 * a temporary, non-tabbable marker at the start of <body> takes the focus and removes itself
 * when it loses it. (From the marker, Tab follows document order, so elements with a positive
 * tabindex come later than on a fresh page; walkWithKeyboard reports them either way.)
 */
export async function focusStartOfPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (document.activeElement === document.body || !document.activeElement) return;
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.addEventListener('blur', () => start.remove(), { once: true });
  });
}

/** Presses Tab until the focused element matches the selector (throws after `max` presses). */
export async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${max} presses of Tab did not reach ${selector}`);
}

/** The stops whose focus is not visible: no indicator, no change from the unfocused look, off screen or covered. */
export function invisibleFocus(walk: KeyboardWalk): string[] {
  return walk.stops.flatMap((stop) => {
    if (stop.focusStyle === 'none') return [`${stop.name}: no outline or box-shadow when focused`];
    if (stop.focusStyle === stop.restStyle)
      return [`${stop.name}: looks the same focused and unfocused (${stop.focusStyle})`];
    if (!stop.inViewport) return [`${stop.name}: outside the screen when focused`];
    if (stop.obscuredBy) return [`${stop.name}: covered by ${stop.obscuredBy} when focused`];
    return [];
  });
}
