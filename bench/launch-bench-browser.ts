/**
 * Headless Chromium with exactly the executable and flags the e2e suite uses (playwright.config.ts), so a
 * bench figure and an e2e run describe the same browser.
 */
import { chromium } from '@playwright/test';
import config from '../playwright.config.ts';

export function launchBenchBrowser() {
  return chromium.launch({ ...config.use?.launchOptions, headless: true });
}
