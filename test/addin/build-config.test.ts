/**
 * The production build's add-in address (webpack.config.js): dist/manifest.xml is written only for
 * a real https address, and the add-in build (`npm run build:addin`) fails without one, so the
 * placeholder manifest that loads nothing can no longer be sideloaded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: { mode?: string }): Promise<{ name: string; plugins?: unknown[] }[]>;
  deploymentUrl(env: Record<string, unknown>, variables?: Record<string, string | undefined>): string | null;
  deployedManifest(source: string, url: string): string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as WebpackConfigModule;
const ROOT = join(__dirname, '..', '..');
const SOURCE = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('the add-in address of a production build', () => {
  const saved = process.env.ADDIN_URL;
  beforeEach(() => delete process.env.ADDIN_URL);
  afterAll(() => {
    if (saved !== undefined) process.env.ADDIN_URL = saved;
  });

  it('fails the add-in build when no address is given, saying how to give it', async () => {
    await expect(config({ addin: true }, { mode: 'production' })).rejects.toThrow(/Alamat add-in belum diberikan: jalankan `npm run build:addin -- --env addinUrl=https:/);
  });

  it('takes the address from --env addinUrl or from ADDIN_URL, and only an https one ending in "/"', () => {
    expect(config.deploymentUrl({ addin: true, addinUrl: 'https://kinerja.contoh.go.id/cermat/' })).toBe('https://kinerja.contoh.go.id/cermat/');
    expect(config.deploymentUrl({ addin: true }, { ADDIN_URL: 'https://cermat.contoh.go.id/' })).toBe('https://cermat.contoh.go.id/');
    expect(() => config.deploymentUrl({ addinUrl: 'http://cermat.contoh.go.id/' })).toThrow(/URL https/);
    expect(() => config.deploymentUrl({ addinUrl: 'https://cermat.contoh.go.id/cermat' })).toThrow(/diakhiri "\/"/);
    // A plain `npm run build` (the CLI, the tests) needs no address and writes no manifest.
    expect(config.deploymentUrl({}, {})).toBeNull();
  });

  it('writes every manifest URL on the given address and none on localhost or a placeholder', async () => {
    const built = config.deployedManifest(SOURCE, 'https://kinerja.contoh.go.id/cermat/');
    const urls = [...built.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith('https://kinerja.contoh.go.id/cermat/')).toBe(true);
    expect(built).not.toMatch(/localhost|contoso/);
    expect(built.split('https://kinerja.contoh.go.id/cermat/').join('https://localhost:3000/')).toBe(SOURCE);
  });

  it('builds with the address given', async () => {
    const [web] = await config({ addin: true, addinUrl: 'https://kinerja.contoh.go.id/cermat/' }, { mode: 'production' });
    expect(web.name).toBe('web');
  });
});
