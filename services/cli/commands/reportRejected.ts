import type { RejectedFile } from '../../producer/articleFiles.js';
import type { CommandIO } from '../io.js';

export const reportRejected = (rejected: RejectedFile[], io: CommandIO): void => {
  for (const { file, reason } of rejected) io.err(`claimwire: ${file}: rejected: ${reason}`);
};
