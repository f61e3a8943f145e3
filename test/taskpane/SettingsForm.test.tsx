/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import './dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CermatSettings } from '../../src/core/options';
import { parseKeywords, parseYear, SettingsForm } from '../../src/taskpane/components/SettingsForm';

function setup(settings: CermatSettings) {
  const onSave = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <SettingsForm settings={settings} onSave={onSave} />
    </FluentProvider>,
  );
  return onSave;
}

describe('settings form', () => {
  test('saves scale, rounding notes, year and keywords, keeping the table overrides', async () => {
    const user = userEvent.setup();
    const overrides = [{ tableId: 'Efisiensi!A16:F16', ignore: true }];
    const onSave = setup({ overrides });
    expect(screen.getByLabelText('Skala predikat')).toHaveValue('');
    expect(screen.getByRole('switch', { name: 'Tampilkan catatan pembulatan' })).toBeChecked();

    await user.selectOptions(screen.getByLabelText('Skala predikat'), 'BERHASIL');
    await user.click(screen.getByRole('switch', { name: 'Tampilkan catatan pembulatan' }));
    await user.type(screen.getByLabelText('Tahun laporan'), '2024');
    await user.type(screen.getByLabelText("Kata kunci indikator 'makin kecil makin baik'"), 'angka kemiskinan{enter}jumlah kasus, waktu layanan');
    await user.click(screen.getByRole('button', { name: 'Simpan pengaturan' }));

    expect(onSave).toHaveBeenCalledWith({
      overrides,
      scale: 'BERHASIL',
      showRoundingNotes: false,
      year: 2024,
      lowerIsBetterKeywords: ['angka kemiskinan', 'jumlah kasus', 'waktu layanan'],
    });
  });

  test('an unreadable year is explained and cannot be saved; clearing it means "detect"', async () => {
    const user = userEvent.setup();
    const onSave = setup({ year: 2023, scale: 'SAKIP' });
    const year = screen.getByLabelText('Tahun laporan');
    expect(year).toHaveValue('2023');
    await user.clear(year);
    await user.type(year, '24');
    expect(screen.getByText(/"24" bukan tahun yang dikenali/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Simpan pengaturan' })).toBeDisabled();
    await user.clear(year);
    await user.click(screen.getByRole('button', { name: 'Simpan pengaturan' }));
    expect(onSave).toHaveBeenCalledWith({ scale: 'SAKIP', showRoundingNotes: true, lowerIsBetterKeywords: [] });
  });

  test('parses years and keywords', () => {
    expect(parseYear(' 2024 ')).toEqual({ year: 2024 });
    expect(parseYear('')).toEqual({ year: null });
    expect(parseYear('1999')).toHaveProperty('error');
    expect(parseKeywords('angka kemiskinan;\n\n prevalensi ')).toEqual(['angka kemiskinan', 'prevalensi']);
  });
});
