import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/dev/chromium';

const PORT = Number(process.env.PORT ?? 3000);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /(robustness|classes-durability|classes-phone)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
    // On a phone: what depends on the small screen and on touch (layout of every page kind,
    // tapping definitions and phrases, the glossary and word-order view behind a button, a student
    // joining a class). The rest behaves the same and runs on desktop only, to keep npm test near
    // ten minutes on two cores.
    {
      name: 'phone',
      testMatch: /(layout|terms|align|classes-phone|review)\.spec\.ts/,
      // The glossary page's search and keyboard focus work the same on every screen; so do the
      // review's deck file and its damaged schedule (its tap test names its phone itself).
      grepInvert:
        /finds a term by|says when nothing matches|orders terms|keyboard focus|first frame after focus|moves the deck|not a deck|unreadable schedule|reviews a card by taps/,
      use: { ...devices['Pixel 7'] },
    },
    // The hostile-URL and load tests, and the classes' burst, kill and database-down tests,
    // run last and alone: on two cores, browser tests running
    // beside them would measure the test machine rather than the server.
    { name: 'server', testMatch: /(robustness|classes-durability)\.spec\.ts/, dependencies: ['desktop', 'phone'] },
  ],
  // The tests run against the production build, as readers get it.
  webServer: {
    command: `npm run build && npx next start -p ${PORT}`,
    url: `http://localhost:${PORT}/en`,
    // Never test a stale server: the build is part of the run. PW_REUSE=1 is for working on
    // the tests against a server you started yourself.
    reuseExistingServer: !!process.env.PW_REUSE,
    timeout: 240_000,
  },
});
