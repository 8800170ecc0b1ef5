import type { Logger } from '../logger.js';

/** What a consumer tells about its group membership. */
export interface GroupEvents {
  onJoin(listener: (assignment: Record<string, number[]>) => void): () => void;
  onRebalance(listener: () => void): () => void;
}

export interface GroupJoinLogOptions {
  groupId: string;
  topic: string;
  /** How long a member that vanished (a crash) keeps its partitions: what a restarted worker may wait. */
  sessionTimeoutMs: number;
  /** How often to say that the wait goes on. */
  everyMs?: number;
}

/**
 * Says when a consumer starts joining its group, that it is still waiting every few seconds (a worker restarted
 * after a crash waits until its old member's session times out, ~30 s, and would otherwise look hung), when it has
 * joined and with which partitions, and when the group rebalances. Returns a function that stops it.
 */
export const logGroupJoin = (events: GroupEvents, logger: Logger, options: GroupJoinLogOptions): (() => void) => {
  const { groupId, topic, sessionTimeoutMs, everyMs = 5_000 } = options;
  let waitingSince: number | null = null;
  let timer: NodeJS.Timeout | null = null;
  const stopWaiting = (): void => {
    if (timer) clearInterval(timer);
    timer = null;
    waitingSince = null;
  };
  const startWaiting = (message: string): void => {
    stopWaiting();
    waitingSince = Date.now();
    logger.info({ groupId, topic }, message);
    timer = setInterval(() => {
      const seconds = Math.round((Date.now() - (waitingSince ?? Date.now())) / 1000);
      logger.info(
        { groupId, topic, waitingSeconds: seconds },
        `still waiting to join consumer group ${groupId} (${seconds} s): a member that stopped without leaving, after a crash, keeps its partitions until its session times out (${Math.round(sessionTimeoutMs / 1000)} s)`,
      );
    }, everyMs);
    timer.unref();
  };
  const offJoin = events.onJoin((assignment) => {
    const waited = waitingSince === null ? null : Date.now() - waitingSince;
    stopWaiting();
    const partitions = assignment[topic] ?? [];
    logger.info(
      { groupId, topic, partitions, waitedMs: waited },
      `joined consumer group ${groupId}: ${partitions.length ? `partitions ${partitions.join(', ')} of ${topic}` : `no partitions of ${topic} (more members than partitions)`}`,
    );
  });
  const offRebalance = events.onRebalance(() => startWaiting(`consumer group ${groupId} is rebalancing; joining again`));
  startWaiting(`joining consumer group ${groupId} for ${topic}`);
  return () => {
    stopWaiting();
    offJoin();
    offRebalance();
  };
};
