import type { RejectedFile } from '../../producer/articleFiles.js';
import { printable } from '../../shared/printable.js';
import type { CommandIO } from '../io.js';

/** One line for each input that is not sent: the file (or `-`) and why. */
export const reportRejected = (rejected: RejectedFile[], io: CommandIO): void => {
  for (const { file, reason } of rejected) io.err(printable(`claimwire: ${file}: rejected: ${reason}`));
};
