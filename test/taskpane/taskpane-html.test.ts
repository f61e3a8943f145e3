/**
 * The task pane page template: Office.js comes from Microsoft's CDN in a plain script tag in <head>
 * (loaded before the bundles HtmlWebpackPlugin appends), never injected with document.write, which
 * Chromium-based webviews may block on slow connections ("Referencing the Office JavaScript API
 * library", develop/referencing-the-javascript-api-for-office-library-from-its-cdn).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const html = readFileSync(join(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

describe('taskpane.html', () => {
  it('loads office.js with a plain script tag in <head>', () => {
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    expect(head).toContain(`<script src="${OFFICE_JS}"></script>`);
  });

  it('writes nothing into the document from a script', () => {
    expect(html).not.toMatch(/document\.write/);
  });
});
