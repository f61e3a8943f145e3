/** The ribbon button: the manifest's ExecuteFunction "periksa" runs the check and shows the task pane. */

/** Associates the "periksa" action; does nothing outside Office. */
export function registerRibbonActions(onPeriksa: () => Promise<void>): void {
  if (typeof Office === 'undefined' || !Office.actions?.associate) return;
  Office.actions.associate('periksa', (event: Office.AddinCommands.Event) => {
    const done = (): void => event.completed();
    Promise.resolve()
      .then(() => Office.addin?.showAsTaskpane())
      .then(onPeriksa)
      .then(done, done);
  });
}
