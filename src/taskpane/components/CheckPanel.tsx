import { Body1, Button, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { fixForFinding } from '../../core/changes/fix';
import { findingsSummary } from '../../core/changes/labels';
import { marksForFindings } from '../../core/changes/marks';
import { reportSheet } from '../../core/changes/report-sheet';
import { parseAddress } from '../../core/model/address';
import { cellAt, type WorkbookModel } from '../../core/model/workbook';
import type { CheckResult } from '../../core/periksa';
import type { Finding, Report } from '../../core/report';
import { getProfile, PROFILES } from '../../core/scales';
import type { CellWrite } from '../../host/types';
import { capaianBars, efficiencyPoints } from '../charts/chartData';
import { CapaianChart } from '../charts/CapaianChart';
import { EfficiencyScatter } from '../charts/EfficiencyScatter';
import { visibleFindings } from '../results/groupFindings';
import type { CermatActions, CermatState } from '../state/useCermat';
import { CoverageNote } from './CoverageNote';
import { ResultList } from './ResultList';
import { ScopeChoice } from './ScopeChoice';
import { UndoButton } from './UndoButton';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface CheckPanelProps {
  state: CermatState;
  actions: CermatActions;
}

function currentCell(model: WorkbookModel | null, f: Finding) {
  const sheet = model?.sheets.find((s) => s.name === f.sheet);
  const pos = parseAddress(f.cell);
  return sheet && pos ? cellAt(sheet, pos.row, pos.col) : undefined;
}

function visibleReport(result: CheckResult, state: CermatState): Report {
  return { ...result.report, findings: visibleFindings(result.report.findings, state.ignored, state.settings.showRoundingNotes) };
}

/** The Periksa tab: run the check, the grouped findings, the sheet actions and the charts. */
export function CheckPanel({ state, actions }: CheckPanelProps) {
  const styles = useStyles();
  const { result, model, busy, checked } = state;
  const report = result && checked ? visibleReport(result, state) : null;
  const scale = getProfile(state.settings.scale ?? '') ?? PROFILES.PERMENDAGRI86;
  const bars = result && model ? capaianBars(model, result.recognition, scale) : [];
  const points = result && model ? efficiencyPoints(model, result.recognition) : [];
  const fixFor = (f: Finding) => fixForFinding(f, currentCell(model, f));
  const fix = (f: Finding, write: CellWrite) =>
    void actions.apply({ label: `Perbaiki '${f.sheet}'!${f.cell}`, writes: [write] }, { allowOverwrite: true, select: f });

  return (
    <div className={styles.panel}>
      <ScopeChoice scope={state.scope} disabled={busy !== null} onChange={actions.setScope} />
      <Button appearance="primary" disabled={busy !== null} onClick={() => void actions.check()}>
        {checked ? 'Periksa ulang' : 'Periksa sebelum cetak'}
      </Button>
      {busy !== null && (
        <div className={styles.toolbar}>
          <Spinner size="small" label={busy} labelPosition="after" />
          {state.checking && (
            <Button size="small" onClick={actions.cancelCheck}>
              Hentikan pemeriksaan
            </Button>
          )}
        </div>
      )}
      {report && (
        <>
          <Body1 as="p" role="status">
            <strong>{findingsSummary(report.findings, report.tables.length)}</strong>
          </Body1>
          <CoverageNote report={report} notices={model?.notices} />
          <div className={styles.toolbar} role="toolbar" aria-label="Tindakan pada lembar kerja">
            <Button disabled={busy !== null || report.findings.length === 0} onClick={() => void actions.markFindings(marksForFindings(report.findings))}>
              Tandai di lembar
            </Button>
            <Button disabled={busy !== null || state.marksId === null} onClick={() => void actions.clearMarks()}>
              Hapus tanda
            </Button>
            <Button
              disabled={busy !== null}
              onClick={() => void actions.apply({ label: 'Buat lembar laporan Hasil Pemeriksaan', writes: [], addSheet: reportSheet(report) })}
            >
              Buat lembar laporan
            </Button>
            <UndoButton state={state} actions={actions} />
          </div>
          {state.ignored.length > 0 && (
            <MessageBar intent="info">
              <MessageBarBody>
                {state.ignored.length} temuan diabaikan selama sesi ini.{' '}
                <Button size="small" appearance="transparent" onClick={actions.restoreIgnored}>
                  Tampilkan lagi
                </Button>
              </MessageBarBody>
            </MessageBar>
          )}
          <ResultList
            findings={report.findings}
            tables={report.tables}
            disabled={busy !== null}
            fixFor={fixFor}
            onSelect={(f) => void actions.select(f.sheet, f.cell)}
            onFix={fix}
            onIgnore={actions.ignore}
          />
          {bars.length > 0 && (
            <section aria-label="Grafik capaian per indikator">
              <Subtitle2 as="h3">Capaian per indikator</Subtitle2>
              <CapaianChart bars={bars} scaleName={scale.name} />
            </section>
          )}
          {points.length > 0 && (
            <section aria-label="Grafik efisiensi">
              <Subtitle2 as="h3">Capaian kinerja dan penyerapan anggaran</Subtitle2>
              <EfficiencyScatter points={points} />
            </section>
          )}
        </>
      )}
      {!report && busy === null && (
        <Body1>Tekan tombol di atas untuk memeriksa semua tabel yang dikenali sebelum laporan dicetak.</Body1>
      )}
    </div>
  );
}
