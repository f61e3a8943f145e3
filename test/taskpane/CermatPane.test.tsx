/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import './dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WorkbookModel } from '../../src/core/model/workbook';
import type { CheckOptions } from '../../src/core/options';
import type { CheckResult } from '../../src/core/periksa';
import { MemoryHost } from '../../src/host/memory';
import { CermatPane, type CermatPaneProps } from '../../src/taskpane/components/CermatPane';
import { CheckCancelled, inlineChecker, type Checker } from '../../src/taskpane/check/checker';
import { budgetTable, RA, sisaE21, summaries, sumE30 } from './fixtures';

// The pane is tested against a fixed check result (the checker has its own tests); what matters
// here is what the pane does with it on a real in-memory host.
const checkCalls: CheckOptions[] = [];
const checkedSheets: string[][] = [];
jest.mock('../../src/core/periksa', () => ({
  checkWorkbook: (model: WorkbookModel, options: CheckOptions): CheckResult => {
    checkCalls.push(options);
    checkedSheets.push(model.sheets.map((s) => s.name));
    return {
      recognition: { year: 2024, tables: [budgetTable] },
      report: { file: model.name ?? '', year: 2024, tables: summaries, findings: [sisaE21, sumE30] },
    };
  },
}));

/** Rows 21 and 30 of the sample's "Realisasi Anggaran" sheet (pagu, realisasi, sisa as printed). */
function budgetModel(): WorkbookModel {
  const cells: WorkbookModel['sheets'][number]['cells'] = [];
  cells[20] = [{ v: 4 }, { v: 'Pemeliharaan Barang Milik Daerah' }, { v: 244970000 }, { v: 219899635 }, { v: 11809165 }, { v: 89.77 }];
  cells[29] = [{ v: 2 }, { v: 'Pengembangan Potensi Sumber Kesejahteraan Sosial' }, { v: 41900000 }, { v: 35640000 }, { v: 4260000 }, { v: '85,06%' }];
  const other = [[{ v: 'Catatan' }]];
  return {
    name: 'tanjungpinang-2024.xlsx',
    sheets: [
      { name: RA, cells, rowCount: 99, colCount: 6, merges: [] },
      { name: 'Catatan', cells: other, rowCount: 1, colCount: 1, merges: [] },
    ],
  };
}

function valueAt(model: WorkbookModel, row: number, col: number) {
  return model.sheets[0].cells[row]?.[col]?.v;
}

async function openPane(props: Partial<CermatPaneProps> = {}) {
  const host = new MemoryHost(budgetModel());
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <CermatPane host={host} {...props} />
    </FluentProvider>,
  );
  await screen.findByRole('button', { name: /^Periksa (sebelum cetak|ulang)$/ });
  return { host, user };
}

beforeEach(() => {
  checkCalls.length = 0;
  checkedSheets.length = 0;
});

describe('task pane on the memory host', () => {
  test('summary, check, select, ignore, fix and undo', async () => {
    const { host, user } = await openPane();
    expect(screen.getByText('2024')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Tabel yang dikenali' })).toHaveTextContent('Realisasi Anggaran · Realisasi anggaran · A5:F99');

    await user.click(screen.getByRole('button', { name: 'Periksa sebelum cetak' }));
    expect(await screen.findByText('2 salah, 0 peringatan, 0 catatan pada 2 tabel')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Periksa' })).toHaveAttribute('aria-selected', 'true');

    await user.click(screen.getByRole('button', { name: /Pilih sel 'Realisasi Anggaran'!E21/ }));
    await waitFor(() => expect(host.selection).toEqual({ sheet: RA, cell: 'E21' }));

    await user.click(screen.getByRole('button', { name: "Abaikan temuan di 'Realisasi Anggaran'!E21" }));
    expect(screen.queryByText(/Sisa 11\.809\.165/)).not.toBeInTheDocument();
    expect(screen.getByText(/1 temuan diabaikan selama sesi ini/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: "Perbaiki 'Realisasi Anggaran'!E30: tulis 6.260.000" }));
    await waitFor(async () => expect(valueAt(await host.read(), 29, 4)).toBe(6260000));
    expect(host.selection).toEqual({ sheet: RA, cell: 'E30' });
    // In the notice and in the live region.
    expect(await screen.findAllByText("Perbaiki 'Realisasi Anggaran'!E30: selesai (1 sel).")).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: "Batalkan: Perbaiki 'Realisasi Anggaran'!E30" }));
    await waitFor(async () => expect(valueAt(await host.read(), 29, 4)).toBe(4260000));
    expect(await host.history()).toEqual([]);
  });

  test('marks findings on the sheet and removes the marks', async () => {
    const { host, user } = await openPane();
    await user.click(screen.getByRole('button', { name: 'Periksa sebelum cetak' }));
    await user.click(await screen.findByRole('button', { name: 'Tandai di lembar' }));
    await waitFor(() => expect(host.fillAt(RA, 'E30')).toBe('#F8CBCB'));
    expect(host.noteAt(RA, 'E21')).toContain('25.070.365');
    await user.click(screen.getByRole('button', { name: 'Hapus tanda' }));
    await waitFor(() => expect(host.fillAt(RA, 'E30')).toBeUndefined());
    expect(screen.getByRole('button', { name: 'Hapus tanda' })).toBeDisabled();
  });

  test('a corrected role is saved in the workbook and used by the next check', async () => {
    const { host, user } = await openPane();
    await user.click(screen.getByRole('tab', { name: 'Tabel' }));
    await user.selectOptions(screen.getByLabelText('Kolom E: ANGGARAN BELANJA TAHUN 2024 › SISA PAGU'), 'keterangan');
    const override = { tableId: budgetTable.id, roles: { E: 'keterangan' } };
    await waitFor(async () => expect(await host.loadSettings()).toEqual({ overrides: [override] }));
    await waitFor(() => expect(checkCalls[checkCalls.length - 1]).toEqual({ overrides: [override] }));
    expect(await screen.findAllByText(/Pengaturan disimpan di buku kerja/)).toHaveLength(2);
  });

  test('checks the whole workbook, the active sheet or the selection, as chosen', async () => {
    const { host, user } = await openPane();
    expect(checkedSheets).toEqual([[RA, 'Catatan']]);
    await user.click(screen.getByRole('tab', { name: 'Periksa' }));
    await host.select('Catatan', 'A1');
    await user.click(screen.getByRole('radio', { name: 'Lembar ini' }));
    await user.click(screen.getByRole('button', { name: 'Periksa sebelum cetak' }));
    await waitFor(() => expect(checkedSheets).toEqual([[RA, 'Catatan'], ['Catatan']]));
    await user.click(screen.getByRole('radio', { name: 'Pilihan' }));
    await user.click(screen.getByRole('button', { name: 'Periksa ulang' }));
    await waitFor(() => expect(checkedSheets).toHaveLength(3));
    expect(checkedSheets[2]).toEqual(['Catatan']);
    await user.click(screen.getByRole('radio', { name: 'Seluruh buku kerja' }));
    await user.click(screen.getByRole('button', { name: 'Periksa ulang' }));
    await waitFor(() => expect(checkedSheets[3]).toEqual([RA, 'Catatan']));
  });

  test('a running check can be stopped; the pane keeps what it showed', async () => {
    const calls: AbortSignal[] = [];
    // The first check (on opening) runs; the next one waits until it is stopped.
    const checker: Checker = (model, options, run = {}) => {
      calls.push(run.signal!);
      if (calls.length === 1) return inlineChecker(model, options, run);
      return new Promise((_, reject) => run.signal!.addEventListener('abort', () => reject(new CheckCancelled())));
    };
    const { user } = await openPane({ checker, openOn: 'findings' });
    expect(await screen.findByText('2 salah, 0 peringatan, 0 catatan pada 2 tabel')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Periksa' })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('button', { name: 'Periksa ulang' }));
    await user.click(await screen.findByRole('button', { name: 'Hentikan pemeriksaan' }));
    expect(calls[1].aborted).toBe(true);
    expect(await screen.findAllByText('Pemeriksaan dihentikan; hasil sebelumnya tetap ditampilkan.')).toHaveLength(2);
    expect(screen.getByText('2 salah, 0 peringatan, 0 catatan pada 2 tabel')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hentikan pemeriksaan' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Periksa ulang' })).toBeEnabled();
  });
});
