import { Button } from '@fluentui/react-components';
import type { CermatActions, CermatState } from '../state/useCermat';

export interface UndoButtonProps {
  state: CermatState;
  actions: CermatActions;
}

/** "Batalkan": undoes the last change Cermat made in this workbook. */
export function UndoButton({ state, actions }: UndoButtonProps) {
  const last = state.history[state.history.length - 1];
  return (
    <Button
      disabled={state.busy !== null || !last}
      aria-label={last ? `Batalkan: ${last.label}` : 'Batalkan perubahan terakhir'}
      onClick={() => void actions.undo()}
    >
      Batalkan
    </Button>
  );
}
