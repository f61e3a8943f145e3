/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import './dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Finding } from '../../src/core/report';
import type { CellWrite } from '../../src/host/types';
import { ResultList } from '../../src/taskpane/components/ResultList';
import { capaianG9, roundingH7, sisaE21, sumE30, summaries } from './fixtures';

function setup(findings: Finding[]) {
  const onSelect = jest.fn();
  const onFix = jest.fn();
  const onIgnore = jest.fn();
  const fixFor = (f: Finding): CellWrite | null =>
    typeof f.expected === 'number' && f.severity !== 'info' ? { sheet: f.sheet, cell: f.cell, value: f.expected } : null;
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultList findings={findings} tables={summaries} fixFor={fixFor} onSelect={onSelect} onFix={onFix} onIgnore={onIgnore} />
    </FluentProvider>,
  );
  return { onSelect, onFix, onIgnore };
}

describe('ResultList', () => {
  test('groups by severity, then sheet and table, with counts', () => {
    setup([roundingH7, sisaE21, capaianG9, sumE30]);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Salah3', 'Catatan1']);
    const errors = screen.getByRole('region', { name: /Salah/ });
    const places = within(errors).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(places).toEqual([
      "Lembar 'Realisasi Anggaran' · tabel A5:F99 (2)",
      "Lembar 'Kinerja Sasaran 3' · tabel A5:G9 (1)",
    ]);
    const notes = screen.getByRole('region', { name: /Catatan/ });
    expect(within(notes).getByRole('heading', { level: 4 })).toHaveTextContent("Lembar 'Capaian IKU' · di luar tabel yang dikenali (1)");
    expect(screen.getByText(/Sisa 11\.809\.165 tidak sama dengan pagu − realisasi = 25\.070\.365/)).toBeInTheDocument();
  });

  test('clicking a finding selects its cell; Perbaiki writes the expected value; Abaikan hides it', async () => {
    const user = userEvent.setup();
    const { onSelect, onFix, onIgnore } = setup([sisaE21, sumE30, roundingH7]);
    await user.click(screen.getByRole('button', { name: /Pilih sel 'Realisasi Anggaran'!E21/ }));
    expect(onSelect).toHaveBeenCalledWith(sisaE21);

    await user.click(screen.getByRole('button', { name: "Perbaiki 'Realisasi Anggaran'!E30: tulis 6.260.000" }));
    expect(onFix).toHaveBeenCalledWith(sumE30, { sheet: 'Realisasi Anggaran', cell: 'E30', value: 6260000 });

    await user.click(screen.getByRole('button', { name: "Abaikan temuan di 'Realisasi Anggaran'!E21" }));
    expect(onIgnore).toHaveBeenCalledWith(sisaE21);

    // A rounding note has nothing to fix.
    expect(screen.queryByRole('button', { name: /Perbaiki 'Capaian IKU'!H7/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Perbaiki/ })).toHaveLength(2);
  });
});
