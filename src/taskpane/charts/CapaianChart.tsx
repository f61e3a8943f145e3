import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { formatPercent } from '../../core/numbers/format';
import type { CapaianBar } from './chartData';

/** Band colours, best band first. */
const BAND_COLORS = [
  tokens.colorPaletteGreenBackground3,
  tokens.colorPaletteLightGreenBackground3,
  tokens.colorPaletteYellowBackground3,
  tokens.colorPaletteDarkOrangeBackground3,
  tokens.colorPaletteRedBackground3,
  tokens.colorPaletteBerryBackground3,
  tokens.colorPalettePurpleBackground2,
];
const NO_BAND = tokens.colorNeutralForeground4;

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block' },
  text: { fill: tokens.colorNeutralForeground1, fontSize: '10px', fontFamily: tokens.fontFamilyBase },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, listStyleType: 'none', padding: 0, margin: 0 },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginRight: tokens.spacingHorizontalXS, borderRadius: '2px' },
});

const WIDTH = 320;
const ROW = 30;
const MAX_BARS = 30;

export function bandColor(rank: number | null): string {
  return rank === null ? NO_BAND : BAND_COLORS[Math.min(rank, BAND_COLORS.length - 1)];
}

function shorten(text: string, max = 52): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface CapaianChartProps {
  bars: readonly CapaianBar[];
  scaleName: string;
}

/** Capaian per indicator as horizontal bars coloured by predikat; a line marks 100 %. */
export function CapaianChart({ bars, scaleName }: CapaianChartProps) {
  const styles = useStyles();
  const shown = bars.slice(0, MAX_BARS);
  const max = Math.max(120, ...shown.map((b) => b.value));
  const x = (v: number) => (Math.max(0, v) / max) * (WIDTH - 60);
  const height = shown.length * ROW + 8;
  const legend = [...new Map(shown.map((b) => [b.predikat ?? 'Di luar skala', b.rank] as const)).entries()];
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={`Grafik capaian ${shown.length} indikator, diwarnai menurut predikat (${scaleName})`}
      >
        {shown.map((b, i) => {
          const y = i * ROW;
          return (
            <g key={b.key}>
              <title>{`${b.label}: ${formatPercent(b.value)} (${b.predikat ?? 'di luar skala'})`}</title>
              <text className={styles.text} x={0} y={y + 10}>
                {shorten(b.label)}
              </text>
              <rect x={0} y={y + 14} width={Math.max(1, x(b.value))} height={10} rx={2} style={{ fill: bandColor(b.rank) }} />
              <text className={styles.text} x={x(b.value) + 4} y={y + 23}>
                {formatPercent(b.value)}
              </text>
            </g>
          );
        })}
        <line x1={x(100)} x2={x(100)} y1={0} y2={height} strokeDasharray="3 3" style={{ stroke: tokens.colorNeutralStroke1 }} />
      </svg>
      <figcaption>
        {bars.length > shown.length && <Caption1 block>{`${shown.length} dari ${bars.length} indikator ditampilkan.`}</Caption1>}
        <ul className={styles.legend} aria-label="Keterangan warna predikat">
          {legend.map(([label, rank]) => (
            <li key={label}>
              <span className={styles.swatch} style={{ backgroundColor: bandColor(rank) }} aria-hidden="true" />
              <Caption1>{label}</Caption1>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
