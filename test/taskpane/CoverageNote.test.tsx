/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import './dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { CoverageNote } from '../../src/taskpane/components/CoverageNote';
import type { Report } from '../../src/core/report';

const report = (coverage: Report['coverage']): Report => ({ file: 'x.xlsx', year: 2024, tables: [], findings: [], coverage });

function show(r: Report, notices?: string[]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CoverageNote report={r} notices={notices} />
    </FluentProvider>,
  );
}

describe('CoverageNote', () => {
  it('says how many numbers were checked, in id-ID, and lists the columns that were not with their reason', () => {
    show(report({ numericCells: 1450, checkedCells: 1412, unchecked: [{ sheet: 'Evaluasi', column: 'Q', reason: 'arti kolom ini tidak dikenali' }] }));
    expect(screen.getByText(/1\.412 dari 1\.450 angka diperiksa \(97 %\)/)).toBeInTheDocument();
    expect(screen.getByText('1 kolom tidak diperiksa')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Kolom yang tidak diperiksa' })).toHaveTextContent('Evaluasi kolom Q: arti kolom ini tidak dikenali');
  });

  it('shows what the host could not read', () => {
    show(report({ numericCells: 10, checkedCells: 10, unchecked: [] }), ['Lembar "Arsip" tersembunyi dan tidak diperiksa.']);
    expect(screen.getByText(/10 dari 10 angka diperiksa \(100 %\)/)).toBeInTheDocument();
    expect(screen.queryByText(/kolom tidak diperiksa/)).not.toBeInTheDocument();
    expect(screen.getByText('Lembar "Arsip" tersembunyi dan tidak diperiksa.')).toBeInTheDocument();
  });
});
