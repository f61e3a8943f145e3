/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import './dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CermatSettings } from '../../src/core/options';
import { TablesPanel, withOverride } from '../../src/taskpane/components/TablesPanel';
import { budgetTable, RA } from './fixtures';

function setup(settings: CermatSettings) {
  const onSave = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <TablesPanel tables={[budgetTable]} settings={settings} busy={false} onSave={onSave} />
    </FluentProvider>,
  );
  return onSave;
}

describe('mapping editor', () => {
  test('shows each column with its recognised role', () => {
    setup({});
    expect(screen.getByRole('heading', { name: `${RA} · A5:F99 Realisasi anggaran` })).toBeInTheDocument();
    expect(screen.getByLabelText('Kolom C: ANGGARAN BELANJA TAHUN 2024 › RENCANA')).toHaveValue('pagu');
    expect(screen.getByLabelText('Kolom F: ANGGARAN BELANJA TAHUN 2024 › (%)')).toHaveValue('penyerapan');
  });

  test('a role change is saved as the table override, keeping other settings', async () => {
    const onSave = setup({ scale: 'BERHASIL', year: 2024 });
    await userEvent.selectOptions(screen.getByLabelText('Kolom E: ANGGARAN BELANJA TAHUN 2024 › SISA PAGU'), 'keterangan');
    expect(onSave).toHaveBeenCalledWith({
      scale: 'BERHASIL',
      year: 2024,
      overrides: [{ tableId: 'Realisasi Anggaran!A5:F6', roles: { E: 'keterangan' } }],
    });
  });

  test('a saved correction is shown and extended; ignoring the table is saved too', async () => {
    const saved: CermatSettings = { overrides: [{ tableId: budgetTable.id, roles: { E: 'keterangan' } }] };
    const onSave = setup(saved);
    expect(screen.getByLabelText('Kolom E: ANGGARAN BELANJA TAHUN 2024 › SISA PAGU')).toHaveValue('keterangan');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Abaikan tabel ini saat memeriksa' }));
    expect(onSave).toHaveBeenLastCalledWith({ overrides: [{ tableId: budgetTable.id, ignore: true, roles: { E: 'keterangan' } }] });
    await userEvent.selectOptions(screen.getByLabelText('Kolom B: PROGRAM/KEGIATAN/SUB KEGIATAN'), '');
    expect(onSave).toHaveBeenLastCalledWith({ overrides: [{ tableId: budgetTable.id, roles: { E: 'keterangan', B: '' } }] });
  });

  test('an override that says nothing is removed; other tables keep theirs', () => {
    const other = { tableId: 'Efisiensi!A16:F16', ignore: true };
    expect(withOverride({ overrides: [other, { tableId: budgetTable.id, ignore: true }] }, { tableId: budgetTable.id, ignore: false })).toEqual({
      overrides: [other],
    });
  });
});
