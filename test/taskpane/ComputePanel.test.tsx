/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// (node export conditions: ExcelJS's uuid dependency is ESM-only under the browser condition.)
import '@testing-library/jest-dom';
import './dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { address, columnLetter, parseAddress } from '../../src/core/model/address';
import { checkWorkbook } from '../../src/core/periksa';
import type { WorkbookModel } from '../../src/core/model/workbook';
import { MemoryHost } from '../../src/host/memory';
import { HostError } from '../../src/host/types';
import { CermatPane } from '../../src/taskpane/components/CermatPane';
import { workbookFromExcelJs } from '../../src/xlsx/read';

let sample: WorkbookModel;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(__dirname, '../../assets/contoh/tanjungpinang-2024.xlsx')) as unknown as ArrayBuffer);
  sample = workbookFromExcelJs(wb, 'tanjungpinang-2024.xlsx');
});

function cell(model: WorkbookModel, sheet: string, a1: string) {
  const at = parseAddress(a1)!;
  return model.sheets.find((s) => s.name === sheet)?.cells[at.row]?.[at.col];
}

/** The pane on `host`, on its Hitung tab with the given table chosen. */
async function openHitung(host: MemoryHost, tableId: string) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <CermatPane host={host} />
    </FluentProvider>,
  );
  await user.click(await screen.findByRole('tab', { name: 'Hitung' }));
  await user.selectOptions(screen.getByLabelText('Tabel'), tableId);
  return user;
}

describe('Hitung on the sample workbook', () => {
  test('never writes over a filled cell: offers the next free column, then adds the formulas there', async () => {
    const sheet = 'Efisiensi';
    const table = checkWorkbook(sample).recognition.tables.find((t) => t.sheet === sheet && t.kind === 'efisiensi');
    expect(table).toBeDefined();
    // Someone typed a remark where the first new column would go, in the table's first data row.
    const blockedCell = address(table!.rows[0].row, table!.area.right + 1);
    const host = new MemoryHost(sample);
    await host.apply({ label: 'Catatan pengguna', writes: [{ sheet, cell: blockedCell, value: 'cek lagi' }] });

    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <CermatPane host={host} />
      </FluentProvider>,
    );
    await user.click(await screen.findByRole('tab', { name: 'Hitung' }));
    const tableChoice = screen.getByLabelText('Tabel') as HTMLSelectElement;
    const option = [...tableChoice.options].find((o) => o.value === table!.id);
    expect(option?.textContent).toMatch(/^Efisiensi · A\d+:[A-Z]+\d+ · Efisiensi$/);
    await user.selectOptions(tableChoice, table!.id);

    expect(screen.getByText(/Sel tujuan tidak kosong/)).toHaveTextContent(blockedCell);
    expect(screen.getByRole('button', { name: 'Tambah kolom hitungan' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /^Pakai kolom [A-Z]+ \(kosong\)$/ }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Tambah kolom hitungan' })).toBeEnabled());
    const preview = screen.getByRole('region', { name: 'Pratinjau kolom yang akan ditambahkan' });
    expect(within(preview).getAllByText(/^Kolom [A-Z]+$/)[0]).not.toHaveTextContent(columnLetter(table!.area.right + 1));
    await user.click(screen.getByRole('button', { name: 'Tambah kolom hitungan' }));

    await waitFor(async () => expect((await host.history()).length).toBe(2));
    const model = await host.read();
    expect(cell(model, sheet, blockedCell)?.v).toBe('cek lagi');
    const written = model.sheets.find((s) => s.name === sheet)!.cells.flatMap((row) => row ?? []).filter((c) => c?.f?.startsWith('KINERJA.'));
    expect(written.length).toBeGreaterThan(0);
    expect(host.selection?.sheet).toBe(sheet);
  });

  test('a cell filled after the preview was made is refused by the host and the preview catches up', async () => {
    const sheet = 'Efisiensi';
    const table = checkWorkbook(sample).recognition.tables.find((t) => t.sheet === sheet && t.kind === 'efisiensi')!;
    const host = new MemoryHost(sample);
    const user = await openHitung(host, table.id);
    const blockedCell = address(table.rows[0].row, table.area.right + 1);
    // Typed in Excel while the pane was open.
    await host.apply({ label: 'Catatan pengguna', writes: [{ sheet, cell: blockedCell, value: 'cek lagi' }] });

    await user.click(screen.getByRole('button', { name: 'Tambah kolom hitungan' }));
    expect((await screen.findAllByText(/Sel tujuan tidak kosong: 'Efisiensi'!/))[0]).toHaveTextContent(blockedCell);
    expect(await screen.findByRole('button', { name: /^Pakai kolom [A-Z]+ \(kosong\)$/ })).toBeInTheDocument();
    expect(await host.history()).toHaveLength(1);
    expect(cell(await host.read(), sheet, blockedCell)?.v).toBe('cek lagi');
  });

  test('refused beside an Excel table, the columns move to the free start column the host names, and the next click adds them there', async () => {
    const sheet = 'Efisiensi';
    const table = checkWorkbook(sample).recognition.tables.find((t) => t.sheet === sheet && t.kind === 'efisiensi')!;
    const free = table.area.right + 2;
    // Excel refuses writes that touch a "Format as Table" table and names a free start column (src/office/list-objects.ts).
    class ListObjectHost extends MemoryHost {
      override async apply(...args: Parameters<MemoryHost['apply']>) {
        const [change] = args;
        if (change.writes.some((w) => w.sheet === sheet && parseAddress(w.cell)!.col === table.area.right + 1)) {
          throw new HostError('Kolom di samping tabel Excel tidak dapat diisi. Tambahkan kolom itu mulai kolom ' + columnLetter(free) + '.', 'failed', undefined, free);
        }
        return super.apply(...args);
      }
    }
    const host = new ListObjectHost(sample);
    const user = await openHitung(host, table.id);
    await user.click(screen.getByRole('button', { name: 'Tambah kolom hitungan' }));
    const preview = await screen.findByRole('region', { name: 'Pratinjau kolom yang akan ditambahkan' });
    await waitFor(() => expect(within(preview).getAllByText(/^Kolom [A-Z]+$/)[0]).toHaveTextContent(`Kolom ${columnLetter(free)}`));
    await user.click(screen.getByRole('button', { name: 'Tambah kolom hitungan' }));
    await waitFor(async () => expect((await host.history()).length).toBe(1));
  });

  test('"Pasang rumus portabel" says it needs Microsoft 365 / Excel 2024, and is refused where Excel has no LAMBDA', async () => {
    // Excel 2021 has the shared runtime but no LAMBDA: the host tells (supportsLambda), the pane obeys.
    class NoLambdaHost extends MemoryHost {
      async supportsLambda(): Promise<boolean> {
        return false;
      }
    }
    const host = new NoLambdaHost(sample);
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <CermatPane host={host} />
      </FluentProvider>,
    );
    await user.click(await screen.findByRole('tab', { name: 'Hitung' }));
    expect(screen.getByText(/hanya di Microsoft 365 \/ Excel 2024, yang memiliki LAMBDA; Excel 2021/)).toBeInTheDocument();
    const install = screen.getByRole('button', { name: 'Pasang rumus portabel (Microsoft 365 / Excel 2024)' });
    await waitFor(() => expect(install).toBeDisabled());
    expect(screen.getByText(/Excel ini tidak mendukung LAMBDA, jadi rumus portabel tidak dapat dipasang/)).toBeInTheDocument();
    expect(await host.history()).toEqual([]);
  });

  test('"Pasang rumus portabel" adds the LAMBDA names where support is unknown (browser host)', async () => {
    const host = new MemoryHost(sample);
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <CermatPane host={host} />
      </FluentProvider>,
    );
    await user.click(await screen.findByRole('tab', { name: 'Hitung' }));
    await user.click(screen.getByRole('button', { name: 'Pasang rumus portabel (Microsoft 365 / Excel 2024)' }));
    await waitFor(async () => expect((await host.history()).map((h) => h.label)).toEqual(['Pasang rumus portabel']));
  });
});
