import { Caption1, Tab, TabList, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { address, columnLetter } from '../../core/model/address';
import type { MemoryHost } from '../../host/memory';
import { cellText } from './cellText';

const MAX_ROWS = 200;
const MAX_COLS = 16;

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, height: '100%' },
  status: { fontFamily: tokens.fontFamilyMonospace },
  sheets: { overflowX: 'auto', flexShrink: 0 },
  scroller: { overflow: 'auto', flexGrow: 1, border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  grid: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1 },
  head: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '0 4px',
    zIndex: 1,
  },
  rowHead: { backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '0 4px', textAlign: 'right' },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: '1px 4px',
    maxWidth: '14em',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  number: { textAlign: 'right' },
  formula: { fontStyle: 'italic', color: tokens.colorBrandForeground1 },
  bold: { fontWeight: tokens.fontWeightSemibold },
  noted: { boxShadow: `inset -6px 6px 0 -3px ${tokens.colorPaletteRedBorder2}` },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

export interface WorkbookPreviewProps {
  host: MemoryHost;
}

/** A plain grid of one sheet of the in-memory workbook, with the selection and Cermat's changes visible. */
export function WorkbookPreview({ host }: WorkbookPreviewProps) {
  const styles = useStyles();
  const [version, setVersion] = useState(0);
  useEffect(() => host.subscribe(() => setVersion((v) => v + 1)), [host]);
  const model = useMemo(() => host.snapshot(), [host, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const selection = host.selection;
  const [chosen, setChosen] = useState<string | null>(null);
  const active = model.sheets.find((s) => s.name === chosen) ?? model.sheets[0];
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const scrollerRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    if (selection) setChosen(selection.sheet);
  }, [selection?.sheet, selection?.cell]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    // Scrolls the grid only (never the page) so the selected cell is in view.
    const scroller = scrollerRef.current;
    const cell = selectedRef.current;
    if (!scroller || !cell) return;
    const box = scroller.getBoundingClientRect();
    const at = cell.getBoundingClientRect();
    scroller.scrollTop += at.top - box.top - scroller.clientHeight / 2;
    if (at.left < box.left || at.right > box.right) scroller.scrollLeft += at.left - box.left - 60;
  }, [selection?.sheet, selection?.cell, chosen]);

  if (!active) return <Text>Buku kerja ini tidak berisi lembar kerja.</Text>;
  const rows = Math.min(active.rowCount, MAX_ROWS);
  const cols = Math.min(active.colCount + 1, MAX_COLS);

  return (
    <section className={styles.view} aria-label="Pratinjau buku kerja di browser">
      <Text role="status" className={styles.status} data-testid="selection-status">
        {selection ? `Sel terpilih: '${selection.sheet}'!${selection.cell}` : 'Belum ada sel terpilih'}
      </Text>
      <TabList size="small" className={styles.sheets} selectedValue={active.name} onTabSelect={(_, d) => setChosen(String(d.value))} aria-label="Lembar kerja">
        {model.sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller} ref={scrollerRef}>
        <table className={styles.grid} aria-label={`Lembar ${active.name}`} data-sheet={active.name}>
          <thead>
            <tr>
              <th className={styles.head} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" className={styles.head}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row" className={styles.rowHead}>
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const a1 = address(r, c);
                  const cell = active.cells[r]?.[c];
                  const isSelected = selection?.sheet === active.name && selection.cell === a1;
                  const fill = host.fillAt(active.name, a1);
                  const note = host.noteAt(active.name, a1);
                  const formulaOnly = cell?.f !== undefined && cell.v === null;
                  return (
                    <td
                      key={c}
                      ref={isSelected ? selectedRef : undefined}
                      data-cell={a1}
                      aria-selected={isSelected || undefined}
                      title={note}
                      style={fill ? { backgroundColor: fill, color: '#242424' } : undefined}
                      className={mergeClasses(
                        styles.cell,
                        typeof cell?.v === 'number' && styles.number,
                        formulaOnly && styles.formula,
                        cell?.bold && styles.bold,
                        note !== undefined && styles.noted,
                        isSelected && styles.selected,
                      )}
                    >
                      {cellText(cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {active.rowCount > MAX_ROWS && <Caption1>{`Baris 1–${MAX_ROWS} dari ${active.rowCount} ditampilkan.`}</Caption1>}
    </section>
  );
}
