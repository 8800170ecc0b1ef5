import type { Admin } from 'kafkajs';

export interface PartitionLag {
  partition: number;
  lag: number;
}

/** Records of each partition the group has not committed: the end offset minus the committed one (or the start). */
export const lagOf = (
  ends: { partition: number; high: string; low: string }[],
  committed: { partition: number; offset: string }[],
): PartitionLag[] =>
  ends
    .map(({ partition, high, low }) => {
      const offset = committed.find((c) => c.partition === partition)?.offset ?? '-1';
      const from = BigInt(offset) >= 0n ? BigInt(offset) : BigInt(low);
      const lag = BigInt(high) - from;
      return { partition, lag: Number(lag > 0n ? lag : 0n) };
    })
    .sort((a, b) => a.partition - b.partition);

/** The group's lag on `topic`, read through an admin client. */
export const fetchLag = async (admin: Admin, groupId: string, topic: string): Promise<PartitionLag[]> => {
  const ends = await admin.fetchTopicOffsets(topic);
  const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
  return lagOf(ends, offsets?.partitions ?? []);
};
