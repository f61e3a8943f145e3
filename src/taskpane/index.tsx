/**
 * Entry point of the task pane page. Inside Excel (Office.js loaded and Office.onReady reports
 * Excel) the pane works on the live workbook through OfficeHost and the ribbon's "Periksa" button is
 * registered; with `?host=browser` or without Office.js it opens the in-memory browser host.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { OfficeHost, registerRibbonActions } from '../office';
import { BrowserShell } from './browser/BrowserShell';
import { chooseHost, prefersDark } from './boot';
import { CermatPane } from './components/CermatPane';

function officeBackground(): string | undefined {
  if (typeof Office === 'undefined') return undefined;
  return Office.context?.officeTheme?.bodyBackgroundColor;
}

function render(content: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) return;
  const systemDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const dark = prefersDark(window.location.search, officeBackground(), systemDark);
  document.body.style.margin = '0';
  createRoot(container).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      {content}
    </FluentProvider>,
  );
}

function startInOffice(): void {
  const host = new OfficeHost();
  // The ribbon's "Periksa" shows the pane and runs the pane's own check; a click that comes before
  // the pane is ready waits for it instead of being lost.
  let ready: (run: () => Promise<void>) => void = () => undefined;
  const periksa = new Promise<() => Promise<void>>((resolve) => {
    ready = resolve;
  });
  registerRibbonActions(async () => {
    await (await periksa)();
  });
  render(<CermatPane host={host} onPeriksaReady={(run) => ready(run)} />);
}

if (chooseHost(window.location.search, typeof Office !== 'undefined') === 'browser') {
  render(<BrowserShell />);
} else {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) startInOffice();
    else render(<BrowserShell />);
  });
}
