/**
 * Properties of the marked copy over random findings (fixed seed): the copy opens, every value
 * and formula of the original is still there, marking the copy again with the same findings
 * changes nothing, and marking it with other findings leaves no mark of the first ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { NOTE_PREFIX, SEVERITY_FILLS } from '../../src/core/changes/marks';
import { address } from '../../src/core/model/address';
import type { Finding, Report } from '../../src/core/report';
import { writeMarkedCopy } from '../../src/xlsx/write-marked';

const original = readFileSync(join(__dirname, '..', 'fixtures', 'tanjungpinang-2024.xlsx'));
const SHEETS = ['Realisasi Anggaran', 'Kinerja Sasaran 1'];

const finding = fc.record({
  sheet: fc.constantFrom(...SHEETS),
  cell: fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 })).map(([r, c]) => address(r, c)),
  check: fc.constantFrom('sum' as const, 'capaian' as const),
  severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
  message: fc.string({ maxLength: 30 }).map((s) => `Pesan ${s}`),
});

function reportOf(findings: Finding[]): Report {
  return { file: 'tanjungpinang-2024.xlsx', year: 2024, tables: [], findings };
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('string'));
  return out;
}

function values(wb: ExcelJS.Workbook, sheets: string[]): string[] {
  return sheets.flatMap((name) => {
    const out: string[] = [];
    wb.getWorksheet(name)!.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.value !== null) out.push(`${name}!${r}:${c}=${JSON.stringify(cell.value)}`);
      }),
    );
    return out;
  });
}

const CERMAT_ARGB = new Set(Object.values(SEVERITY_FILLS).map((h) => `FF${h.slice(1)}`));

describe('writeMarkedCopy over random findings', () => {
  let base: ExcelJS.Workbook;
  beforeAll(async () => {
    base = await open(original);
  });

  it('keeps every value, is stable when repeated, and replaces the marks of an earlier run', async () => {
    const sheets = base.worksheets.map((w) => w.name);
    await fc.assert(
      fc.asyncProperty(fc.array(finding, { minLength: 1, maxLength: 12 }), fc.array(finding, { maxLength: 6 }), async (first, second) => {
        const once = await writeMarkedCopy(original, reportOf(first));
        const marked = await open(once);
        expect(values(marked, sheets)).toEqual(values(base, sheets));
        const twice = await writeMarkedCopy(once, reportOf(first));
        expect(await parts(twice)).toEqual(await parts(once));

        const other = await open(await writeMarkedCopy(once, reportOf(second)));
        expect(values(other, sheets)).toEqual(values(base, sheets));
        const due = new Set(second.map((f) => `${f.sheet}!${f.cell}`));
        for (const f of first) {
          if (due.has(`${f.sheet}!${f.cell}`)) continue;
          const cell = other.getWorksheet(f.sheet)!.getCell(f.cell);
          const fill = cell.fill as ExcelJS.FillPattern | undefined;
          expect(fill?.pattern === 'solid' && CERMAT_ARGB.has(fill.fgColor?.argb ?? '')).toBe(false);
          expect(JSON.stringify(cell.note ?? '')).not.toContain(NOTE_PREFIX);
        }
        expect(other.worksheets.filter((w) => w.name.startsWith('Hasil Pemeriksaan'))).toHaveLength(1);
      }),
      { seed: 20241202, numRuns: 12 },
    );
  }, 60_000);
});
