import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { ReadScope } from '../../host/types';

export type ScopeKind = ReadScope['kind'];

const SCOPES: { value: ScopeKind; label: string }[] = [
  { value: 'workbook', label: 'Seluruh buku kerja' },
  { value: 'sheet', label: 'Lembar ini' },
  { value: 'selection', label: 'Pilihan' },
];

export interface ScopeChoiceProps {
  scope: ScopeKind;
  disabled: boolean;
  onChange(scope: ScopeKind): void;
}

/** What "Periksa" reads: the whole workbook, the active sheet or the selected cells (for a workbook too large to read whole). */
export function ScopeChoice({ scope, disabled, onChange }: ScopeChoiceProps) {
  return (
    <Field label="Yang diperiksa">
      <RadioGroup layout="horizontal" value={scope} disabled={disabled} onChange={(_, d) => onChange(d.value as ScopeKind)}>
        {SCOPES.map((s) => (
          <Radio key={s.value} value={s.value} label={s.label} />
        ))}
      </RadioGroup>
    </Field>
  );
}
