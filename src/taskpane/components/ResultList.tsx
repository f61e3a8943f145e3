import { CounterBadge, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { severityLabel } from '../../core/changes/labels';
import type { Finding, Severity, TableSummary } from '../../core/report';
import type { CellWrite } from '../../host/types';
import { findingKey, groupFindings, placeTitle } from '../results/groupFindings';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  place: { margin: `${tokens.spacingVerticalXS} 0 0 0`, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', padding: 0, margin: 0 },
});

const BADGE_COLOR: Record<Severity, 'danger' | 'important' | 'informative'> = {
  error: 'danger',
  warning: 'important',
  info: 'informative',
};

export interface ResultListProps {
  findings: readonly Finding[];
  tables: readonly TableSummary[];
  disabled?: boolean;
  fixFor(finding: Finding): CellWrite | null;
  onSelect(finding: Finding): void;
  onFix(finding: Finding, fix: CellWrite): void;
  onIgnore(finding: Finding): void;
}

/** The findings grouped by severity, then by sheet and table, with counts. */
export function ResultList({ findings, tables, disabled, fixFor, onSelect, onFix, onIgnore }: ResultListProps) {
  const styles = useStyles();
  return (
    <>
      {groupFindings(findings, tables).map((group) => {
        const headingId = `temuan-${group.severity}`;
        return (
          <section key={group.severity} className={styles.group} aria-labelledby={headingId}>
            <Subtitle2 as="h3" id={headingId} className={styles.heading}>
              {severityLabel(group.severity)}
              <CounterBadge count={group.count} color={BADGE_COLOR[group.severity]} aria-label={`${group.count} temuan`} />
            </Subtitle2>
            {group.places.map((place) => (
              <div key={place.key}>
                <Text as="h4" size={200} className={styles.place} block>
                  {placeTitle(place)} ({place.findings.length})
                </Text>
                <ul className={styles.list}>
                  {place.findings.map((f) => (
                    <FindingItem
                      key={findingKey(f)}
                      finding={f}
                      fix={fixFor(f)}
                      disabled={disabled}
                      onSelect={onSelect}
                      onFix={onFix}
                      onIgnore={onIgnore}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}
