// Apart from the prompter, so a command can recognise a cancel without loading @clack/prompts.

/** Thrown when the user cancels a prompt (Ctrl-C or Esc). */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}
