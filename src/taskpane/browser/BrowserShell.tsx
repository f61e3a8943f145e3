import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { WorkbookModel } from '../../core/model/workbook';
import { MemoryHost } from '../../host/memory';
import { CermatPane } from '../components/CermatPane';
import { loadFile, loadSample, SAMPLE_NAME } from './loadWorkbook';
import { WorkbookPreview } from './WorkbookPreview';

const useStyles = makeStyles({
  shell: {
    display: 'grid',
    gridTemplateColumns: 'minmax(320px, 400px) 1fr',
    height: '100vh',
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  pane: { overflowY: 'auto', borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  picker: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hiddenInput: { display: 'none' },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, minWidth: 0, minHeight: 0 },
});

function describe(e: unknown): string {
  return e instanceof Error && e.message ? e.message : 'Berkas tidak dapat dibuka.';
}

/** Browser mode: the task pane beside a view of the in-memory workbook, and a file picker. */
export function BrowserShell() {
  const styles = useStyles();
  const [opened, setOpened] = useState<{ host: MemoryHost; id: number; name: string } | null>(null);
  const host = opened?.host ?? null;
  const open = (model: WorkbookModel) => setOpened((o) => ({ host: new MemoryHost(model), id: (o?.id ?? 0) + 1, name: model.name ?? '' }));
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const name = opened?.name ?? SAMPLE_NAME;

  useEffect(() => {
    loadSample()
      .then(open)
      .catch((e: unknown) => setError(describe(e)))
      .finally(() => setLoading(false));
  }, []);

  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setLoading(true);
    setError(null);
    loadFile(file)
      .then(open)
      .catch((err: unknown) => setError(describe(err)))
      .finally(() => setLoading(false));
  };

  return (
    <div className={styles.shell}>
      <div className={styles.pane}>
        {host ? <CermatPane key={opened?.id} host={host} /> : loading && <Spinner label="Memuat contoh buku kerja…" />}
      </div>
      <div className={styles.side}>
        <Body1>
          Mode browser: buku kerja dibaca ke memori; perubahan Cermat tampil di bawah dan tidak menyimpan berkas Anda.
        </Body1>
        <div className={styles.picker}>
          <Button onClick={() => fileInput.current?.click()} disabled={loading}>
            Buka berkas .xlsx lain…
          </Button>
          <Caption1>{`Sedang dibuka: ${name}`}</Caption1>
          <input
            ref={fileInput}
            className={styles.hiddenInput}
            type="file"
            aria-label="Pilih berkas .xlsx"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={pick}
          />
        </div>
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {host && <WorkbookPreview host={host} />}
      </div>
    </div>
  );
}
