import type { Browser, Page } from 'playwright-core';

export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: string[];
export function serveDirectory(root: string): Promise<{ url: string; close(): Promise<void> }>;
export function launchBrowser(): Promise<Browser>;
export function recordOutsideRequests(page: Page): string[];
export const OFFICE_JS_URL: string;
export function serveOfficeJsLocally(page: Page): Promise<string>;
