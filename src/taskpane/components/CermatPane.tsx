import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookHost } from '../../host/types';
import type { Checker } from '../check/checker';
import { useCermat } from '../state/useCermat';
import { CheckPanel } from './CheckPanel';
import { ComputePanel } from './ComputePanel';
import { EmptyState } from './EmptyState';
import { ScopeChoice } from './ScopeChoice';
import { SettingsForm } from './SettingsForm';
import { SummaryPanel } from './SummaryPanel';
import { TablesPanel } from './TablesPanel';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Long option texts (table names, scale names) must not widen the pane.
    '& .fui-Field': { gridTemplateColumns: 'minmax(0, 1fr)' },
    '& .fui-Select': { minWidth: 0, maxWidth: '100%' },
    '& .fui-Select__select': { minWidth: 0, textOverflow: 'ellipsis' },
  },
  header: { display: 'flex', flexDirection: 'column' },
  tabs: { flexWrap: 'wrap' },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  progress: { minHeight: '2px' },
  loading: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

const TABS = [
  { value: 'ringkasan', label: 'Ringkasan' },
  { value: 'tabel', label: 'Tabel' },
  { value: 'hitung', label: 'Hitung' },
  { value: 'periksa', label: 'Periksa' },
  { value: 'pengaturan', label: 'Pengaturan' },
] as const;
type TabValue = (typeof TABS)[number]['value'];

export interface CermatPaneProps {
  host: WorkbookHost;
  /**
   * "findings": the pane opens on Periksa with the findings of its first read shown (in Excel, where
   * the ribbon's Periksa opens the pane); "summary" (default): on Ringkasan.
   */
  openOn?: 'summary' | 'findings';
  /** How the pane checks (default: in a Web Worker where there is one). */
  checker?: Checker;
}

/** The task pane: five tabs over one state, with a notice bar and a live region for screen readers. */
export function CermatPane({ host, openOn = 'summary', checker }: CermatPaneProps) {
  const styles = useStyles();
  const { state, actions } = useCermat(host, checker);
  const [tab, setTab] = useState<TabValue>(openOn === 'findings' ? 'periksa' : 'ringkasan');
  const { reload } = actions;
  // The first read and check starts once, when the pane is shown (index.tsx renders it only then).
  const opened = useRef(openOn);
  useEffect(() => {
    void reload({ showFindings: opened.current === 'findings' });
  }, [reload]);
  const result = state.result;
  const noTables = state.phase === 'ready' && result !== null && result.recognition.tables.length === 0;
  const emptyWorkbook = (state.model?.sheets ?? []).every((s) => s.cells.every((row) => !row || row.every((c) => !c)));
  const { check } = actions;
  const startCheck = useCallback(() => {
    setTab('periksa');
    return check();
  }, [check]);

  const panel = () => {
    if (!result) return null;
    switch (tab) {
      case 'ringkasan':
        return <SummaryPanel recognition={result.recognition} settings={state.settings} busy={state.busy !== null} onCheck={() => void startCheck()} />;
      case 'tabel':
        return <TablesPanel tables={result.recognition.tables} settings={state.settings} busy={state.busy !== null} onSave={(s) => void actions.saveSettings(s)} />;
      case 'hitung':
        return <ComputePanel state={state} actions={actions} host={host} />;
      case 'periksa':
        return <CheckPanel state={state} actions={actions} />;
      case 'pengaturan':
        return <SettingsForm settings={state.settings} busy={state.busy !== null} onSave={(s) => void actions.saveSettings(s)} />;
    }
  };

  return (
    <main className={styles.pane} aria-busy={state.busy !== null}>
      <header className={styles.header}>
        <Title3 as="h1">Cermat</Title3>
        <Text size={200}>Pemeriksa tabel kinerja dan anggaran LKjIP</Text>
      </header>
      <div className={styles.progress}>{state.busy !== null && <ProgressBar aria-label={state.busy} />}</div>
      {state.notice && (
        <MessageBar intent={state.notice.intent}>
          <MessageBarBody>{state.notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" size="small" aria-label="Tutup pesan" onClick={actions.dismissNotice}>×</Button>}
          />
        </MessageBar>
      )}
      {state.phase === 'loading' && (
        <div className={styles.loading}>
          <Spinner label={state.busy ?? 'Membaca buku kerja…'} />
          {state.checking && <Button onClick={actions.cancelCheck}>Hentikan pemeriksaan</Button>}
        </div>
      )}
      {state.phase === 'failed' && (
        <div className={styles.loading}>
          <ScopeChoice scope={state.scope} disabled={state.busy !== null} onChange={actions.setScope} />
          <Button onClick={() => void actions.reload()}>Coba lagi</Button>
        </div>
      )}
      {noTables && <EmptyState emptyWorkbook={emptyWorkbook} onRetry={() => void actions.reload()} />}
      {state.phase === 'ready' && !noTables && (
        <>
          <TabList size="small" className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabValue)} aria-label="Bagian Cermat">
            {TABS.map((t) => (
              <Tab key={t.value} value={t.value} id={`tab-${t.value}`} aria-controls={`panel-${t.value}`}>
                {t.label}
              </Tab>
            ))}
          </TabList>
          <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {panel()}
          </section>
        </>
      )}
      <div role="status" aria-live="polite" className={styles.hidden}>
        {state.announcement}
      </div>
    </main>
  );
}
