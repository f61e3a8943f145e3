/**
 * How much was checked, beside the findings: "412 dari 450 angka diperiksa", the columns that were
 * not checked with the reason, and what could not be read. "Tidak ada temuan" is never shown alone.
 */
import { Body1, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { coverageSummary } from '../../core/changes/labels';
import type { Report } from '../../core/report';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface CoverageNoteProps {
  report: Report;
  /** What the host could not read (hidden sheets, merges of a huge sheet), in Indonesian. */
  notices?: readonly string[];
}

export function CoverageNote({ report, notices = [] }: CoverageNoteProps) {
  const styles = useStyles();
  const coverage = report.coverage;
  return (
    <>
      {coverage && (
        <Body1 as="p">
          {coverageSummary(coverage)}
          {coverage.unchecked.length > 0 && '; kolom berikut tidak diperiksa:'}
        </Body1>
      )}
      {coverage && coverage.unchecked.length > 0 && (
        <details>
          <summary>
            <Caption1>{coverage.unchecked.length} kolom tidak diperiksa</Caption1>
          </summary>
          <ul className={styles.list} aria-label="Kolom yang tidak diperiksa">
            {coverage.unchecked.map((u) => (
              <li key={`${u.sheet}!${u.table ?? ''}!${u.column}`}>
                <Caption1>
                  {u.sheet}
                  {u.table ? ` tabel ${u.table}` : ''} kolom {u.column}: {u.reason}
                </Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
      {notices.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{notices.join(' ')}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
