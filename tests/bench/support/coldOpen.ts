/**
 * Cold open: a freshly launched browser on the seeded profile navigates to the app, and the
 * page itself notes performance.now() (ms since navigation start) when the first list row
 * enters the DOM and after the next frame, i.e. when it is drawn.
 */
import { launchProfile } from './browser';

export interface ColdOpen {
  /** Navigation start → first row in the DOM. */
  readonly firstRowMs: number;
  /** Navigation start → the frame after it (the row painted). */
  readonly drawnMs: number;
  /** Navigation start → DOMContentLoaded done (the module bundle fetched and run). */
  readonly domContentLoadedMs: number;
  /** Navigation start → the app's navigation bar in the DOM (shell drawn, before any list). */
  readonly shellMs: number;
  /** Rows in the list when it was drawn. */
  readonly rows: number;
  /** Scripts and styles fetched before the first row, in the order they finished. */
  readonly resources: readonly { name: string; kb: number; endMs: number }[];
  readonly errors: string[];
}

const ROW = 'table tbody tr';

export async function coldOpen(userDataDir: string, url: string): Promise<ColdOpen> {
  const context = await launchProfile(userDataDir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.addInitScript((selector) => {
      const observer = new MutationObserver(() => {
        if (Reflect.get(window, '__benchShell') === undefined && document.querySelector('nav'))
          Reflect.set(window, '__benchShell', performance.now());
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        Reflect.set(window, '__benchFirstRow', performance.now());
        requestAnimationFrame(() =>
          setTimeout(() => Reflect.set(window, '__benchDrawn', performance.now()), 0),
        );
      });
      observer.observe(document, { childList: true, subtree: true });
    }, ROW);
    await page.goto(url);
    await page.waitForFunction(
      () => typeof Reflect.get(window, '__benchDrawn') === 'number',
      undefined,
      { timeout: 30_000 },
    );
    const marks = await page.evaluate((selector) => {
      const [navigation] = performance.getEntriesByType(
        'navigation',
      ) as PerformanceNavigationTiming[];
      return {
        firstRowMs: Number(Reflect.get(window, '__benchFirstRow')),
        drawnMs: Number(Reflect.get(window, '__benchDrawn')),
        shellMs: Number(Reflect.get(window, '__benchShell')),
        domContentLoadedMs: navigation?.domContentLoadedEventEnd ?? Number.NaN,
        rows: document.querySelectorAll(selector).length,
        resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((r) => r.responseEnd <= Number(Reflect.get(window, '__benchFirstRow')))
          .map((r) => ({
            name: new URL(r.name).pathname.split('/').pop() ?? r.name,
            kb: Math.round(r.decodedBodySize / 102.4) / 10,
            endMs: Math.round(r.responseEnd),
          })),
      };
    }, ROW);
    return { ...marks, errors };
  } finally {
    await context.close();
  }
}

/** Where the time of one cold open went, as printed by the store bench. */
export function coldOpenTrace(open: ColdOpen): string {
  const ms = (v: number) => `${Math.round(v)} ms`;
  const lines = [
    'cold open trace (the median launch), ms since navigation start:',
    `  ${ms(open.domContentLoadedMs)}  DOMContentLoaded (module scripts fetched and run)`,
    `  ${ms(open.shellMs)}  shell (navigation bar) in the DOM`,
    `  ${ms(open.firstRowMs)}  first list row in the DOM`,
    `  ${ms(open.drawnMs)}  first row drawn (the next frame)`,
    `  loaded before the first row: ${open.resources.length} files, ${Math.round(open.resources.reduce((n, r) => n + r.kb, 0))} KB decoded`,
    ...open.resources.map((r) => `    ${String(r.endMs).padStart(5)} ms  ${r.kb} KB  ${r.name}`),
  ];
  return lines.join('\n');
}
