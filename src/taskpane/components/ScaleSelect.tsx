import { Select } from '@fluentui/react-components';
import { AUTO_SCALE, scaleChoices } from '../scaleNames';

export interface ScaleSelectProps {
  value: string;
  onChange: (value: string) => void;
  /** Offer "automatic" (the workbook's own scale table when there is one) as the empty choice. */
  automatic?: boolean;
}

/** The scale-profile picker of the Hitung and Pengaturan tabs. */
export function ScaleSelect({ value, onChange, automatic = false }: ScaleSelectProps) {
  return (
    <Select value={value} onChange={(_, d) => onChange(d.value)}>
      {automatic && <option value="">{AUTO_SCALE}</option>}
      {scaleChoices().map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </Select>
  );
}
