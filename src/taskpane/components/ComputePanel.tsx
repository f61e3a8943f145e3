import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { COLUMN_HEADERS, detectPolarity, freezeFormulas, planComputedColumns, portableNames, type ComputeOptions } from '../../core/compute';
import { POLARITY_LABEL, type Polarity } from '../../core/formulas/capaian';
import { address, columnLetter } from '../../core/model/address';
import type { RecognizedTable } from '../../core/recognition/types';
import { HostError, type WorkbookHost } from '../../host/types';
import { KIND_LABELS } from '../labels';
import { lambdaSupport } from '../lambdaSupport';
import type { CermatActions, CermatState } from '../state/useCermat';
import { rangeOf } from '../tableRange';
import { ScaleSelect } from './ScaleSelect';
import { UndoButton } from './UndoButton';
import { formatNumber } from '../../core/numbers/format';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  preview: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  formula: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type PolarityChoice = 'auto' | Polarity;
const CAPS = ['', '100', '120', '150', '200'];

/** The tables Cermat can add columns to. */
function computable(tables: readonly RecognizedTable[]): RecognizedTable[] {
  return tables.filter((t) => t.kind === 'kinerja' || t.kind === 'anggaran' || t.kind === 'efisiensi');
}

function indicatorRows(table: RecognizedTable) {
  return table.rows.filter((r) => r.type === 'data');
}

export interface ComputePanelProps {
  state: CermatState;
  actions: CermatActions;
  host: WorkbookHost;
}

/** LAMBDA support of the host's Excel: true, false, or null while unknown. */
function useLambdaSupport(host: WorkbookHost): boolean | null {
  const [supported, setSupported] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void lambdaSupport(host).then((s) => live && setSupported(s));
    return () => {
      live = false;
    };
  }, [host]);
  return supported;
}

/** The Hitung tab: preview and add computed columns, install the portable formulas, freeze to values. */
export function ComputePanel({ state, actions, host }: ComputePanelProps) {
  const styles = useStyles();
  const lambda = useLambdaSupport(host);
  const tables = computable(state.result?.recognition.tables ?? []);
  const [tableId, setTableId] = useState(tables[0]?.id ?? '');
  const [polarity, setPolarity] = useState<PolarityChoice>('auto');
  const [scale, setScale] = useState(state.settings.scale ?? 'PERMENDAGRI86');
  const [cap, setCap] = useState('');
  const [startColumn, setStartColumn] = useState<number | undefined>(undefined);
  const [message, setMessage] = useState<string | null>(null);
  const busy = state.busy !== null;

  const table = tables.find((t) => t.id === tableId) ?? tables[0];
  const sheet = table ? state.model?.sheets.find((s) => s.name === table.sheet) : undefined;
  const savedKeywords = state.settings.lowerIsBetterKeywords;
  const keywords = useMemo(() => savedKeywords ?? [], [savedKeywords]);

  const plan = useMemo(() => {
    if (!table || !sheet) return null;
    const options: ComputeOptions = { lowerIsBetterKeywords: keywords, scale: { profile: scale }, cap: cap ? Number(cap) : null, startColumn };
    if (polarity !== 'auto') options.polarityByRow = Object.fromEntries(indicatorRows(table).map((r) => [r.row, polarity]));
    return planComputedColumns(sheet, table, options);
  }, [table, sheet, keywords, scale, cap, startColumn, polarity]);

  if (!table || !sheet || !plan) {
    return <Body1>Belum ada tabel kinerja, anggaran atau efisiensi yang dapat diberi kolom hitungan.</Body1>;
  }

  const lowerIsBetter =
    polarity === 'auto'
      ? indicatorRows(table)
          .map((r) => ({ row: r, guess: detectPolarity(r.label, keywords) }))
          .filter((x) => x.guess.polarity !== 'naik')
      : [];
  const cermatHeaders = new Set(Object.values(COLUMN_HEADERS));
  const existing = table.columns.filter((c) => cermatHeaders.has(c.header)).map((c) => columnLetter(c.col));
  const firstHeader = plan.columns[0] ? address(table.header.bottom, plan.columns[0].col) : null;

  const addColumns = () => {
    setMessage(null);
    // Refused beside an Excel table: the host names a free start column; the plan moves there for the next click.
    void actions.apply(plan, firstHeader ? { select: { sheet: table.sheet, cell: firstHeader } } : {}).then((r) => setStartColumn(r instanceof HostError ? r.startColumn : undefined));
  };
  const freeze = () => {
    const frozen = freezeFormulas(sheet);
    if (frozen.writes.length === 0) {
      setMessage(
        frozen.skipped.length > 0
          ? `${formatNumber(frozen.skipped.length)} rumus Cermat di lembar ${sheet.name} belum punya nilai terhitung; hitung ulang buku kerja lalu coba lagi.`
          : `Tidak ada rumus Cermat di lembar ${sheet.name}.`,
      );
      return;
    }
    setMessage(null);
    void actions.apply(frozen, { allowOverwrite: true });
  };

  return (
    <div className={styles.panel}>
      <Field label="Tabel">
        <Select
          value={table.id}
          onChange={(_, d) => {
            setTableId(d.value);
            setStartColumn(undefined);
          }}
        >
          {tables.map((t) => (
            <option key={t.id} value={t.id}>
              {`${t.sheet} · ${rangeOf(t)} · ${KIND_LABELS[t.kind]}`}
            </option>
          ))}
        </Select>
      </Field>
      {table.kind === 'kinerja' && (
        <Field label="Arah indikator" hint={polarity === 'auto' ? 'Dari nama indikator; umumnya makin tinggi makin baik.' : POLARITY_LABEL[polarity]}>
          <Select value={polarity} onChange={(_, d) => setPolarity(d.value as PolarityChoice)}>
            <option value="auto">Otomatis dari nama indikator</option>
            <option value="naik">Semua: makin tinggi makin baik</option>
            <option value="turun">Semua: makin rendah makin baik</option>
            <option value="turun-rasio">Semua: makin rendah makin baik (rasio target ÷ realisasi)</option>
          </Select>
        </Field>
      )}
      {lowerIsBetter.length > 0 && (
        <Caption1>
          Dihitung makin rendah makin baik:{' '}
          {lowerIsBetter.map((x) => `baris ${x.row.row + 1} (kata kunci "${x.guess.keyword}")`).join(', ')}.
        </Caption1>
      )}
      <div className={styles.row}>
        <Field label="Skala predikat">
          <ScaleSelect value={scale} onChange={setScale} />
        </Field>
        <Field label="Batas atas capaian">
          <Select value={cap} onChange={(_, d) => setCap(d.value)}>
            {CAPS.map((c) => (
              <option key={c} value={c}>
                {c === '' ? 'Tanpa batas' : `${c} %`}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      {existing.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            Tabel ini sudah punya kolom hitungan Cermat (kolom {existing.join(', ')}). Tambahkan lagi hanya bila perlu, misalnya dengan arah
            atau skala lain.
          </MessageBarBody>
        </MessageBar>
      )}
      <section aria-label="Pratinjau kolom yang akan ditambahkan">
        <Subtitle2 as="h3">Pratinjau</Subtitle2>
        {plan.message && <Body1 block>{plan.message}</Body1>}
        <ul className={styles.preview}>
          {plan.columns.map((c) => (
            <li key={c.kind}>
              <Body1 block>
                <strong>Kolom {c.letter}</strong>: {c.header} ({c.rows} baris)
              </Body1>
              {c.sample.map((f, i) => (
                <div key={i} className={styles.formula}>
                  {f}
                </div>
              ))}
            </li>
          ))}
        </ul>
      </section>

      {plan.blocking.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Sel tujuan tidak kosong ({plan.blocking.slice(0, 4).join(', ')}
            {plan.blocking.length > 4 ? `, dan ${plan.blocking.length - 4} sel lain` : ''}). Cermat tidak akan menimpanya.
            {plan.alternativeStartColumn !== null && (
              <>
                {' '}
                <Button size="small" onClick={() => setStartColumn(plan.alternativeStartColumn ?? undefined)}>
                  Pakai kolom {columnLetter(plan.alternativeStartColumn)} (kosong)
                </Button>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || plan.columns.length === 0 || plan.blocking.length > 0} onClick={addColumns}>
          Tambah kolom hitungan
        </Button>
        <UndoButton state={state} actions={actions} />
      </div>

      <Subtitle2 as="h3">Tanpa add-in</Subtitle2>
      <Body1>
        Rumus portabel (CAPAIAN, PREDIKAT, PENYERAPAN, SISA, EFISIENSI) bekerja tanpa Cermat hanya di Microsoft 365 / Excel 2024,
        yang memiliki LAMBDA; Excel 2021 dan versi sebelumnya tidak. &quot;Ubah ke nilai&quot; mengganti rumus Cermat di lembar{' '}
        {sheet.name} dengan hasilnya.
      </Body1>
      {lambda === false && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Excel ini tidak mendukung LAMBDA, jadi rumus portabel tidak dapat dipasang. Kolom hitungan Cermat tetap bekerja selama add-in
            terpasang; &quot;Ubah ke nilai&quot; membuat hasilnya tetap ada tanpa add-in.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button disabled={busy || lambda === false} onClick={() => void actions.apply({ label: 'Pasang rumus portabel', writes: [], names: portableNames() })}>
          Pasang rumus portabel (Microsoft 365 / Excel 2024)
        </Button>
        <Button disabled={busy} onClick={freeze}>
          Ubah ke nilai
        </Button>
      </div>
      {message && (
        <MessageBar intent="info">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
