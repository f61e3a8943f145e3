import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { CermatSettings } from '../../core/options';
import type { Recognition } from '../../core/recognition/types';
import { columnLetter } from '../../core/model/address';
import { KIND_LABELS, ROLE_LABELS } from '../labels';
import { scaleDescription } from '../scaleNames';
import { rangeOf } from '../tableRange';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  detail: { margin: 0 },
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { padding: tokens.spacingVerticalS, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
  columns: { color: tokens.colorNeutralForeground2 },
  primary: { alignSelf: 'flex-start' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Marks the first rendered summary, for the start-up benchmark. */
export const SUMMARY_MARK = 'cermat:ringkasan-tampil';

/** The chosen profile, else the workbook's own scale table when one was recognised, else the default. */
function scaleInUse(recognition: Recognition, settings: CermatSettings): string {
  const own = recognition.tables.find((t) => t.kind === 'skala');
  if (settings.scale || !own) return scaleDescription(settings.scale);
  return `Skala tabel di buku kerja (${own.sheet} · ${rangeOf(own)})`;
}

export interface SummaryPanelProps {
  recognition: Recognition;
  settings: CermatSettings;
  busy: boolean;
  onCheck(): void;
}

export function SummaryPanel({ recognition, settings, busy, onCheck }: SummaryPanelProps) {
  const styles = useStyles();
  useEffect(() => {
    const perf = typeof performance === 'undefined' ? undefined : performance;
    if (perf?.getEntriesByName && perf.getEntriesByName(SUMMARY_MARK).length === 0) perf.mark(SUMMARY_MARK);
  }, []);
  return (
    <div className={styles.panel}>
      <Button appearance="primary" size="large" className={styles.primary} disabled={busy} onClick={onCheck}>
        Periksa sebelum cetak
      </Button>
      <dl className={styles.facts}>
        <dt className={styles.term}>Tahun laporan</dt>
        <dd className={styles.detail}>{recognition.year ?? 'belum diketahui (atur di Pengaturan)'}</dd>
        <dt className={styles.term}>Skala predikat</dt>
        <dd className={styles.detail}>{scaleInUse(recognition, settings)}</dd>
        <dt className={styles.term}>Tabel dikenali</dt>
        <dd className={styles.detail}>{recognition.tables.length}</dd>
      </dl>
      <Subtitle2 as="h2">Tabel yang dikenali</Subtitle2>
      <ul className={styles.list} aria-label="Tabel yang dikenali">
        {recognition.tables.map((t) => (
          <li key={t.id} className={styles.table}>
            <Body1 as="p" block>
              <strong>{t.sheet}</strong> · {KIND_LABELS[t.kind]} · {rangeOf(t)}
            </Body1>
            <Caption1 className={styles.columns}>
              {t.columns.map((c) => `${columnLetter(c.col)} ${ROLE_LABELS[c.role] ?? c.role}`).join(' · ')}
            </Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
