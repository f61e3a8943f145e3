import { Caption1, Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { columnLetter } from '../../core/model/address';
import type { TableOverride } from '../../core/options';
import type { ColumnRole, RecognizedTable } from '../../core/recognition/types';
import { KIND_LABELS, ROLE_CHOICES, ROLE_LABELS } from '../labels';
import { rangeOf } from '../tableRange';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
  },
  columns: { display: 'grid', gridTemplateColumns: '1fr', gap: tokens.spacingVerticalS },
});

export interface MappingEditorProps {
  table: RecognizedTable;
  override: TableOverride | undefined;
  disabled?: boolean;
  onChange(override: TableOverride): void;
}

/** The editor's title for a table: `Realisasi Anggaran · A5:F99`. */
export function tableTitle(table: RecognizedTable): string {
  return `${table.sheet} · ${rangeOf(table)}`;
}

/** One recognised table: its columns with their roles, each correctable, and "ignore this table". */
export function MappingEditor({ table, override, disabled, onChange }: MappingEditorProps) {
  const styles = useStyles();
  const title = tableTitle(table);
  const base: TableOverride = override ?? { tableId: table.id };
  const roleOf = (letter: string, recognised: ColumnRole): ColumnRole | '' => base.roles?.[letter] ?? recognised;

  return (
    <section className={styles.card} aria-label={`Tabel ${title}`}>
      <Caption1>
        {KIND_LABELS[table.kind]}
        {table.caption[0] ? ` · ${table.caption.join(' ')}` : ''}
      </Caption1>
      <Checkbox
        label="Abaikan tabel ini saat memeriksa"
        checked={base.ignore === true}
        disabled={disabled}
        onChange={(_, data) => onChange({ ...base, ignore: data.checked === true })}
      />
      <div className={styles.columns}>
        {table.columns.map((column) => {
          const letter = columnLetter(column.col);
          const header = [column.group, column.header].filter(Boolean).join(' › ');
          return (
            <Field key={column.col} label={`Kolom ${letter}: ${header || '(tanpa judul)'}`}>
              <Select
                value={roleOf(letter, column.role)}
                disabled={disabled}
                onChange={(_, data) =>
                  onChange({ ...base, roles: { ...base.roles, [letter]: data.value as ColumnRole | '' } })
                }
              >
                <option value="">(tanpa peran)</option>
                {ROLE_CHOICES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
    </section>
  );
}
