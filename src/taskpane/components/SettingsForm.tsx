import { Button, Field, Input, Switch, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { CermatSettings } from '../../core/options';
import { ScaleSelect } from './ScaleSelect';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  submit: { alignSelf: 'flex-start' },
});

export interface SettingsFormProps {
  settings: CermatSettings;
  busy?: boolean;
  onSave(settings: CermatSettings): void;
}

/** "2024" → 2024; "" → null (detect); anything else → an Indonesian complaint. */
export function parseYear(text: string): { year: number | null } | { error: string } {
  const t = text.trim();
  if (t === '') return { year: null };
  if (!/^\d{4}$/.test(t) || Number(t) < 2000 || Number(t) > 2100) {
    return { error: `"${t}" bukan tahun yang dikenali. Tulis empat angka antara 2000 dan 2100, misalnya 2024, atau kosongkan.` };
  }
  return { year: Number(t) };
}

/** One keyword per line or separated by commas; blanks dropped. */
export function parseKeywords(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((k) => k.trim())
    .filter((k) => k !== '');
}

/** The Pengaturan tab: scale, rounding notes, report year and lower-is-better keywords. */
export function SettingsForm({ settings, busy, onSave }: SettingsFormProps) {
  const styles = useStyles();
  const [scale, setScale] = useState(settings.scale ?? '');
  const [rounding, setRounding] = useState(settings.showRoundingNotes !== false);
  const [yearText, setYearText] = useState(settings.year ? String(settings.year) : '');
  const [keywords, setKeywords] = useState((settings.lowerIsBetterKeywords ?? []).join('\n'));
  const year = parseYear(yearText);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if ('error' in year) return;
    const next: CermatSettings = { ...settings, showRoundingNotes: rounding, lowerIsBetterKeywords: parseKeywords(keywords) };
    if (scale) next.scale = scale;
    else delete next.scale;
    if (year.year !== null) next.year = year.year;
    else delete next.year;
    onSave(next);
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Pengaturan pemeriksaan">
      <Field label="Skala predikat" hint="Dipakai untuk memeriksa predikat dan mewarnai grafik.">
        <ScaleSelect value={scale} onChange={setScale} automatic />
      </Field>
      <Field hint="Selisih yang masih dalam pembulatan angka yang tercetak ditampilkan sebagai catatan, bukan kesalahan.">
        <Switch label="Tampilkan catatan pembulatan" checked={rounding} onChange={(_, d) => setRounding(d.checked)} />
      </Field>
      <Field
        label="Tahun laporan"
        hint="Kosongkan agar Cermat membacanya dari judul tabel dan nama berkas."
        validationState={'error' in year ? 'error' : 'none'}
        validationMessage={'error' in year ? year.error : undefined}
      >
        <Input inputMode="numeric" value={yearText} onChange={(_, d) => setYearText(d.value)} placeholder="misalnya 2024" />
      </Field>
      <Field
        label="Kata kunci indikator 'makin kecil makin baik'"
        hint="Satu per baris, misalnya: angka kemiskinan, jumlah kasus, waktu layanan."
      >
        <Textarea value={keywords} onChange={(_, d) => setKeywords(d.value)} resize="vertical" rows={4} />
      </Field>
      <Button type="submit" appearance="primary" className={styles.submit} disabled={busy || 'error' in year}>
        Simpan pengaturan
      </Button>
    </form>
  );
}
