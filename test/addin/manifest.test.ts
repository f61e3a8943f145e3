/**
 * manifest.xml checked offline (the store validator is an online service): well-formed, the shape
 * Excel needs for custom functions in a shared runtime, every resource reference defined, URLs on one
 * origin naming files the build emits, and icons of the sizes their places require.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

const ROOT = join(__dirname, '..', '..');
const DEV_ORIGIN = 'https://localhost:3000';
/** What the web build writes to dist/ besides assets/ (webpack.config.js). */
const EMITTED = ['taskpane.html', 'functions.js', 'functions.json'];

/** The TaskPaneApp schema's order of top-level elements (all that may appear, in order). */
const TOP_LEVEL_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
  'AllowSnapshot', 'VersionOverrides',
];

/** The manifest version that ships the current KINERJA functions, and their metadata digest. */
const FUNCTIONS_RELEASE = { version: '0.2.0.0', digest: '158a83015aee' };

function parse(): Document {
  const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`manifest.xml ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

const doc = parse();

function all(localName: string, within: Document | Element = doc): Element[] {
  return Array.from(within.getElementsByTagNameNS('*', localName));
}
function one(localName: string, within: Document | Element = doc): Element {
  const found = all(localName, within);
  expect(found).toHaveLength(1);
  return found[0];
}
function children(element: Element): Element[] {
  return Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1);
}
/** The one direct child named `localName`. */
function child(element: Element, localName: string): Element {
  const found = children(element).filter((e) => e.localName === localName);
  expect(found).toHaveLength(1);
  return found[0];
}
const app = doc.documentElement!;

/** Resources by id: bt:Image, bt:Url and bt:String elements under <Resources>. */
function resources(): Map<string, Element> {
  const res = one('Resources');
  return new Map(['Image', 'Url', 'String'].flatMap((n) => all(n, res)).map((e) => [e.getAttribute('id')!, e]));
}

/** Pixel width and height from a PNG's IHDR chunk (null when the file is not a PNG). */
function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function localFile(url: string): string {
  expect(url.startsWith(`${DEV_ORIGIN}/`)).toBe(true);
  return url.slice(DEV_ORIGIN.length + 1);
}

describe('manifest.xml', () => {
  it('is a task pane add-in for Excel with its top-level elements in schema order', () => {
    expect(app.localName).toBe('OfficeApp');
    expect(app.getAttribute('xsi:type')).toBe('TaskPaneApp');
    const names = children(app).map((e) => e.localName ?? '');
    const positions = names.map((n) => TOP_LEVEL_ORDER.indexOf(n));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(child(app, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(children(child(app, 'Hosts')).map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(one('Permissions').textContent).toBe('ReadWriteDocument');
  });

  it('speaks Indonesian by default, with English overrides', () => {
    expect(one('DefaultLocale').textContent).toBe('id-ID');
    for (const name of ['DisplayName', 'Description']) {
      const element = child(app, name);
      expect(element.getAttribute('DefaultValue')).not.toBe('');
      const overrides = all('Override', element);
      expect(overrides.map((o) => o.getAttribute('Locale'))).toEqual(['en-US']);
    }
    expect(resources().get('PeriksaButton.Tooltip')!.getAttribute('DefaultValue')).toMatch(/^Buka panel Cermat dan periksa semua tabel/);
  });

  it('requires the shared runtime, custom functions with CustomFunctions.Error and the ExcelApi the adapter uses', () => {
    // CustomFunctionsRuntime 1.2 brings CustomFunctions.Error (src/functions/errors.ts): "Custom
    // functions requirement sets" (javascript/api/requirement-sets/excel/custom-functions-requirement-sets).
    // ExcelApi 1.7 brings Worksheet.getRangeByIndexes, Range hyperlinks and NamedItem.formula, which
    // src/office calls unguarded: "Excel JavaScript API requirement set 1.7"
    // (javascript/api/requirement-sets/excel/excel-api-1-7-requirement-set).
    const sets = all('Set', one('Requirements')).map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([
      ['SharedRuntime', '1.1'],
      ['CustomFunctionsRuntime', '1.2'],
      ['ExcelApi', '1.7'],
    ]);
    const runtime = one('Runtime');
    expect(runtime.getAttribute('lifetime')).toBe('long');
    expect(runtime.getAttribute('resid')).toBe('Taskpane.Url');
    const host = one('Host', one('VersionOverrides'));
    expect(children(host).map((e) => e.localName)).toEqual(['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
  });

  it('declares the KINERJA custom functions on the shared task pane page', () => {
    const point = all('ExtensionPoint').find((e) => e.getAttribute('xsi:type') === 'CustomFunctions')!;
    const res = resources();
    const location = (name: string): string => res.get(one('SourceLocation', one(name, point)).getAttribute('resid')!)!.getAttribute('DefaultValue')!;
    expect(location('Script')).toBe(`${DEV_ORIGIN}/functions.js`);
    expect(location('Page')).toBe(`${DEV_ORIGIN}/taskpane.html`);
    expect(location('Metadata')).toBe(`${DEV_ORIGIN}/functions.json`);
    expect(res.get(one('Namespace', point).getAttribute('resid')!)!.getAttribute('DefaultValue')).toBe('KINERJA');
    expect(one('FunctionFile').getAttribute('resid')).toBe('Taskpane.Url');
  });

  it('puts a Cermat group on the Home tab whose Periksa opens the one shared-runtime pane', () => {
    const tab = one('OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const res = resources();
    const label = (element: Element): string => res.get(child(element, 'Label').getAttribute('resid')!)!.getAttribute('DefaultValue')!;
    const group = one('Group', tab);
    expect(label(group)).toBe('Cermat');
    const [periksa] = all('Control', group);
    expect(all('Control', group)).toHaveLength(1);
    expect(label(periksa)).toBe('Periksa');
    // "Show or hide the task pane of your Office Add-in" (develop/show-hide-add-in): showAsTaskpane()
    // is ignored for add-ins from the Marketplace, so an ExecuteFunction button could run the check
    // in a pane nobody sees. A ShowTaskpane action always opens the pane, which then checks.
    const show = one('Action', periksa);
    expect(show.getAttribute('xsi:type')).toBe('ShowTaskpane');
    expect(one('SourceLocation', show).getAttribute('resid')).toBe('Taskpane.Url');
    // "Configure your Office Add-in to use a shared runtime" (develop/configure-your-add-in-to-use-a-shared-runtime):
    // with a shared runtime there is one task pane only; a <TaskpaneId> would ask for a second one.
    expect(all('TaskpaneId')).toEqual([]);
    expect(all('Action').filter((a) => a.getAttribute('xsi:type') === 'ExecuteFunction')).toEqual([]);
  });

  it('has a new <Version> whenever the functions metadata changes', () => {
    // Excel caches functions.json for up to 24 hours unless the manifest version changes:
    // "Custom functions metadata" / "Manually create JSON metadata for custom functions"
    // (excel/custom-functions-json). The digest covers every @customfunction comment and signature in
    // src/functions/functions.ts; change the functions, then bump <Version> and this pair together.
    const source = readFileSync(join(ROOT, 'src/functions/functions.ts'), 'utf8');
    const declarations = [...source.matchAll(/\/\*\*(?:(?!\*\/)[\s\S])*@customfunction[\s\S]*?\*\/\s*export function [^{]+/g)].map((m) => m[0]);
    expect(declarations.length).toBeGreaterThan(5);
    const digest = createHash('sha256').update(declarations.join('\n')).digest('hex').slice(0, 12);
    expect({ version: child(app, 'Version').textContent, digest }).toEqual(FUNCTIONS_RELEASE);
  });

  it('defines every resource it references, uses every one it defines, within the length limits', () => {
    const res = resources();
    const referenced = new Set(
      all('*')
        .map((e) => e.getAttribute('resid'))
        .filter((id): id is string => id !== null && id !== ''),
    );
    expect([...referenced].filter((id) => !res.has(id))).toEqual([]);
    expect([...res.keys()].filter((id) => !referenced.has(id))).toEqual([]);
    for (const id of res.keys()) expect(id.length).toBeLessThanOrEqual(32);
    const limit = (kind: string, max: number): void => {
      for (const s of all('String', one(kind))) {
        for (const text of [s.getAttribute('DefaultValue')!, ...all('Override', s).map((o) => o.getAttribute('Value')!)]) {
          expect(text.length).toBeGreaterThan(0);
          expect(text.length).toBeLessThanOrEqual(max);
        }
      }
    };
    limit('ShortStrings', 125);
    limit('LongStrings', 250);
  });

  it('has every URL on the development origin, naming a file the build emits', () => {
    const urls = all('*').flatMap((e) => ['DefaultValue', 'Value'].map((a) => e.getAttribute(a) ?? '').filter((v) => /^https?:/.test(v)));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      const file = localFile(url);
      if (file.startsWith('assets/')) expect(existsSync(join(ROOT, file))).toBe(true);
      else expect(EMITTED).toContain(file);
    }
  });

  it('points to PNG icons of the sizes their places require', () => {
    const res = resources();
    const expectations: [string, number][] = [
      [one('IconUrl').getAttribute('DefaultValue')!, 32],
      [one('HighResolutionIconUrl').getAttribute('DefaultValue')!, 64],
      ...all('Image')
        .filter((img) => img.hasAttribute('size'))
        .map((img): [string, number] => [res.get(img.getAttribute('resid')!)!.getAttribute('DefaultValue')!, Number(img.getAttribute('size'))]),
    ];
    expect(new Set(expectations.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of expectations) {
      expect({ url, size: pngSize(join(ROOT, localFile(url))) }).toEqual({ url, size: { width: size, height: size } });
    }
  });
});
