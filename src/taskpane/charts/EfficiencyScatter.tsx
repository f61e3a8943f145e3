import { makeStyles, tokens } from '@fluentui/react-components';
import { formatPercent } from '../../core/numbers/format';
import type { EfficiencyPoint } from './chartData';

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block' },
  text: { fill: tokens.colorNeutralForeground2, fontSize: '10px', fontFamily: tokens.fontFamilyBase },
});

const SIZE = 240;
const PAD = 30;

export interface EfficiencyScatterProps {
  points: readonly EfficiencyPoint[];
}

/** Capaian kinerja (vertical) against penyerapan anggaran (horizontal): above the diagonal is efficient. */
export function EfficiencyScatter({ points }: EfficiencyScatterProps) {
  const styles = useStyles();
  const max = Math.ceil(Math.max(110, ...points.flatMap((p) => [p.capaian, p.penyerapan])) / 10) * 10;
  const x = (v: number) => PAD + (Math.max(0, v) / max) * (SIZE - PAD - 8);
  const y = (v: number) => SIZE - PAD - (Math.max(0, v) / max) * (SIZE - PAD - 8);
  const efficient = points.filter((p) => p.capaian > p.penyerapan).length;
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      role="img"
      aria-label={`Capaian kinerja terhadap penyerapan anggaran: ${efficient} dari ${points.length} titik di atas garis diagonal (efisien)`}
    >
      <line x1={x(0)} y1={y(0)} x2={x(max)} y2={y(max)} strokeDasharray="4 3" style={{ stroke: tokens.colorNeutralStroke1 }} />
      <line x1={x(0)} y1={y(0)} x2={x(max)} y2={y(0)} style={{ stroke: tokens.colorNeutralStroke1 }} />
      <line x1={x(0)} y1={y(0)} x2={x(0)} y2={y(max)} style={{ stroke: tokens.colorNeutralStroke1 }} />
      <text className={styles.text} x={x(max) - 2} y={SIZE - 8} textAnchor="end">
        Penyerapan anggaran (%)
      </text>
      <text className={styles.text} x={4} y={12}>
        Capaian kinerja (%)
      </text>
      <text className={styles.text} x={x(max * 0.05)} y={y(max * 0.9)}>
        Efisien
      </text>
      {[0, max / 2, max].map((v) => (
        <text key={v} className={styles.text} x={x(v)} y={y(0) + 12} textAnchor="middle">
          {v}
        </text>
      ))}
      {points.map((p) => (
        <circle
          key={p.key}
          cx={x(p.penyerapan)}
          cy={y(p.capaian)}
          r={4}
          style={{ fill: p.capaian > p.penyerapan ? tokens.colorPaletteGreenForeground1 : tokens.colorPaletteRedForeground1 }}
        >
          <title>{`${p.label}: capaian ${formatPercent(p.capaian)}, penyerapan ${formatPercent(p.penyerapan)}`}</title>
        </circle>
      ))}
    </svg>
  );
}
