import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CermatSettings, TableOverride } from '../../core/options';
import type { RecognizedTable } from '../../core/recognition/types';
import { KIND_LABELS } from '../labels';
import { MappingEditor, tableTitle } from './MappingEditor';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, marginBottom: tokens.spacingVerticalS },
  kind: { display: 'block', color: tokens.colorNeutralForeground3 },
  ignored: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface TablesPanelProps {
  tables: RecognizedTable[];
  settings: CermatSettings;
  busy: boolean;
  onSave(settings: CermatSettings): void;
}

/** Replaces (or, when it says nothing, removes) the override of one table in the settings. */
export function withOverride(settings: CermatSettings, override: TableOverride): CermatSettings {
  const others = (settings.overrides ?? []).filter((o) => o.tableId !== override.tableId);
  const roles = Object.keys(override.roles ?? {}).length > 0 ? override.roles : undefined;
  const kept: TableOverride = { tableId: override.tableId, ...(override.ignore ? { ignore: true } : {}), ...(roles ? { roles } : {}) };
  const overrides = kept.ignore || kept.roles ? [...others, kept] : others;
  return { ...settings, overrides };
}

/** The Tabel tab: every recognised table with its column mapping, correctable and saved in the workbook. */
export function TablesPanel({ tables, settings, busy, onSave }: TablesPanelProps) {
  const styles = useStyles();
  const overrides = settings.overrides ?? [];
  const shown = new Set(tables.map((t) => t.id));
  const hidden = overrides.filter((o) => o.ignore && !shown.has(o.tableId));
  const save = (o: TableOverride) => onSave(withOverride(settings, o));

  return (
    <div className={styles.panel}>
      <Body1>
        Periksa peran setiap kolom. Perbaikan disimpan di workbook dan dipakai pada pemeriksaan berikutnya.
      </Body1>
      <Accordion multiple collapsible defaultOpenItems={tables[0] ? [tables[0].id] : []}>
        {tables.map((t) => {
          const override = overrides.find((o) => o.tableId === t.id);
          return (
            <AccordionItem key={t.id} value={t.id} className={styles.item}>
              <AccordionHeader as="h3" expandIconPosition="end">
                <span>
                  {tableTitle(t)}
                  <Caption1 className={styles.kind}>
                    {KIND_LABELS[t.kind]}
                    {override?.ignore ? ' · diabaikan' : override?.roles ? ' · dikoreksi' : ''}
                  </Caption1>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <MappingEditor table={t} override={override} disabled={busy} onChange={save} />
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      {hidden.length > 0 && (
        <section aria-label="Tabel yang diabaikan">
          <Subtitle2 as="h3">Tabel yang diabaikan</Subtitle2>
          <ul className={styles.ignored}>
            {hidden.map((o) => (
              <li key={o.tableId}>
                {o.tableId}{' '}
                <Button size="small" disabled={busy} onClick={() => save({ ...o, ignore: false })}>
                  Sertakan lagi
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
