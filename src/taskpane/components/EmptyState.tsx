import { Body1, Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { WHAT_WE_LOOK_FOR } from '../labels';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

export interface EmptyStateProps {
  /** True when the workbook has no cells at all. */
  emptyWorkbook: boolean;
  onRetry(): void;
}

/** Said when no table is recognised: what Cermat looks for, and how to try again. */
export function EmptyState({ emptyWorkbook, onRetry }: EmptyStateProps) {
  const styles = useStyles();
  return (
    <div className={styles.box}>
      <Subtitle2 as="h2">{emptyWorkbook ? 'Buku kerja ini masih kosong' : 'Belum ada tabel yang dikenali'}</Subtitle2>
      <Body1>{WHAT_WE_LOOK_FOR}</Body1>
      <Body1>
        Bila tabel Anda memakai judul lain, pastikan judul kolom ada di satu baris di atas angka-angkanya, lalu periksa lagi.
      </Body1>
      <Button onClick={onRetry}>Baca ulang buku kerja</Button>
    </div>
  );
}
