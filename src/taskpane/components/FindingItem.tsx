import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { checkLabel } from '../../core/changes/labels';
import { formatNumber } from '../../core/numbers/format';
import type { Finding } from '../../core/report';
import type { CellWrite } from '../../host/types';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  target: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, paddingLeft: tokens.spacingHorizontalXS },
});

function shown(value: CellWrite['value']): string {
  return typeof value === 'number' ? formatNumber(value, undefined, 4) : String(value ?? '');
}

export interface FindingItemProps {
  finding: Finding;
  /** The write that would fix the cell, or null when there is nothing safe to write. */
  fix: CellWrite | null;
  disabled?: boolean;
  onSelect(finding: Finding): void;
  onFix(finding: Finding, fix: CellWrite): void;
  onIgnore(finding: Finding): void;
}

export function FindingItem({ finding, fix, disabled, onSelect, onFix, onIgnore }: FindingItemProps) {
  const styles = useStyles();
  const where = `'${finding.sheet}'!${finding.cell}`;
  return (
    <li className={styles.item}>
      <Button
        appearance="subtle"
        className={styles.target}
        aria-label={`Pilih sel ${where}. ${checkLabel(finding.check)}: ${finding.message}`}
        onClick={() => onSelect(finding)}
      >
        <span>
          <span className={styles.cell}>{finding.cell}</span>
          {finding.message}
        </span>
      </Button>
      <div className={styles.actions}>
        <Caption1>{checkLabel(finding.check)}</Caption1>
        {fix && (
          <Button
            size="small"
            disabled={disabled}
            aria-label={`Perbaiki ${where}: tulis ${shown(fix.value)}`}
            onClick={() => onFix(finding, fix)}
          >
            Perbaiki
          </Button>
        )}
        <Button size="small" appearance="subtle" disabled={disabled} aria-label={`Abaikan temuan di ${where}`} onClick={() => onIgnore(finding)}>
          Abaikan
        </Button>
      </div>
    </li>
  );
}
