/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import './dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryHost } from '../../src/host/memory';
import { HostError } from '../../src/host/types';
import { CermatPane } from '../../src/taskpane/components/CermatPane';

function show(host: MemoryHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <CermatPane host={host} />
    </FluentProvider>,
  );
}

describe('when there is nothing to check', () => {
  test('an empty workbook says so and what Cermat looks for', async () => {
    show(new MemoryHost({ name: 'kosong.xlsx', sheets: [{ name: 'Sheet1', cells: [], rowCount: 0, colCount: 0, merges: [] }] }));
    expect(await screen.findByRole('heading', { name: 'Buku kerja ini masih kosong' })).toBeInTheDocument();
    expect(screen.getByText(/Target, Realisasi, Capaian/)).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
  });

  test('a sheet without any recognisable table says so', async () => {
    const cells = [[{ v: 'Daftar hadir rapat' }], [{ v: 'Nama' }, { v: 'Jabatan' }], [{ v: 'Budi' }, { v: 'Kasubbag' }]];
    show(new MemoryHost({ name: 'rapat.xlsx', sheets: [{ name: 'Sheet1', cells, rowCount: 3, colCount: 2, merges: [] }] }));
    expect(await screen.findByRole('heading', { name: 'Belum ada tabel yang dikenali' })).toBeInTheDocument();
    expect(screen.getByText(/Pagu\/Anggaran, Realisasi, Sisa/)).toBeInTheDocument();
  });

  test('a workbook that cannot be read gives the host message and a retry', async () => {
    const host = new MemoryHost({ sheets: [] });
    const read = jest.spyOn(host, 'read').mockRejectedValueOnce(new HostError('Lembar terlalu besar untuk dibaca sekaligus.', 'too-large'));
    show(host);
    expect(await screen.findAllByText('Lembar terlalu besar untuk dibaca sekaligus.')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('heading', { name: 'Buku kerja ini masih kosong' })).toBeInTheDocument();
    expect(read).toHaveBeenCalledTimes(2);
  });
});
