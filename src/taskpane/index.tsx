/**
 * Entry point of the task pane page. Inside Excel (Office.js loaded and Office.onReady reports
 * Excel) the pane works on the live workbook through OfficeHost; it renders, and so reads the
 * workbook, only once it is visible, and then shows the findings: the ribbon's "Periksa" opens it
 * (a ShowTaskpane action, see manifest.xml). With `?host=browser`, or outside Office, it opens the
 * in-memory browser host.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { OfficeHost } from '../office';
import { BrowserShell } from './browser/BrowserShell';
import { chooseHost, prefersDark } from './boot';
import { CermatPane } from './components/CermatPane';
import { whenVisible } from './visibility';

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
  void whenVisible().then(() => render(<CermatPane host={new OfficeHost()} openOn="findings" />));
}

if (chooseHost(window.location.search, typeof Office !== 'undefined') === 'browser') {
  render(<BrowserShell />);
} else {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) startInOffice();
    else render(<BrowserShell />);
  });
}
