// Takes the README's screenshot of the reader: `npx tsx scripts/screenshot.ts` with the app on :3000.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/dev/chromium';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
await page.goto(`${base}/en/articles/korea-china-diplomats-talks?show=en,ko,zh`);
// Wait for hydration, so the toggles show their pressed state.
await page.locator('button[aria-pressed="true"]').first().waitFor();
await page.screenshot({ path: process.argv[2] ?? 'docs/reader.png' });
await browser.close();
