/**
 * Headless Chromium for the viewer and Mermaid tests: Debian's `chromium` package driven by
 * playwright-core (which never downloads a browser of its own). When Chromium is missing the
 * tests fail with how to install it; `.ci/run` installs it before the tests.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env['FLOWGEN_CHROMIUM'] ?? '/usr/bin/chromium';

export const chromiumMissing = `Chromium is not installed at ${chromiumPath}; the graph viewer and Mermaid tests need it. Install Debian's package with: apt-get update && apt-get install -y chromium (or set FLOWGEN_CHROMIUM to a Chromium binary). .ci/run installs it by itself.`;

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(chromiumMissing);
  return chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
}

/** A page that records console errors and uncaught exceptions, and refuses every network request. */
export async function strictPage(browser: Browser, viewport = { width: 1600, height: 1000 }): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url === 'about:blank') return route.continue();
    requests.push(url);
    return route.abort();
  });
  return { page, errors, requests };
}
