import { checkLabel, CHECK_LABELS, findingsSummary, severityLabel, worstSeverity } from '../../../src/core/changes/labels';
import type { CheckId, Finding } from '../../../src/core/report';

function finding(severity: Finding['severity']): Finding {
  return { sheet: 'Realisasi Anggaran', cell: 'E21', check: 'difference', severity, message: 'x' };
}

describe('labels', () => {
  it('names every check id of the report contract in Indonesian', () => {
    const ids: CheckId[] = ['capaian', 'ratio', 'difference', 'sum', 'average', 'efficiency', 'predicate', 'scale', 'year', 'cross-table', 'format', 'range', 'duplicate', 'formula'];
    expect(ids.map(checkLabel)).toEqual([
      'Capaian', 'Persentase', 'Selisih/Sisa', 'Jumlah', 'Rata-rata', 'Efisiensi', 'Predikat', 'Skala', 'Tahun', 'Antartabel', 'Format angka', 'Kewajaran', 'Baris ganda', 'Rumus',
    ]);
    expect(Object.keys(CHECK_LABELS).sort()).toEqual([...ids].sort());
  });

  it('shows a check id added later as it is', () => {
    expect(checkLabel('duplicate-row')).toBe('duplicate-row');
  });

  it('names severities Salah, Peringatan, Catatan', () => {
    expect([severityLabel('error'), severityLabel('warning'), severityLabel('info')]).toEqual(['Salah', 'Peringatan', 'Catatan']);
  });

  it('picks the worst severity', () => {
    expect(worstSeverity(['info', 'warning'])).toBe('warning');
    expect(worstSeverity(['info', 'error', 'warning'])).toBe('error');
    expect(worstSeverity([])).toBeNull();
  });

  it('summarises counts per severity and the number of tables', () => {
    const findings = ['error', 'error', 'error', 'warning', 'warning', 'info', 'info', 'info', 'info', 'info'].map((s) =>
      finding(s as Finding['severity']),
    );
    expect(findingsSummary(findings, 8)).toBe('3 salah, 2 peringatan, 5 catatan pada 8 tabel');
    expect(findingsSummary([], 8)).toBe('Tidak ada temuan pada 8 tabel');
  });
});
