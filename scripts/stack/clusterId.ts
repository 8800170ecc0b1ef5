import { randomBytes } from 'node:crypto';

/**
 * A KRaft cluster id as Kafka's own `Uuid.randomUuid()` makes one: 16 random bytes in unpadded base64url, drawn again
 * while the id begins with `-` (which `kafka-storage format -t` would read as an option: one id in 64) or is all
 * zeros (Kafka's reserved ZERO_UUID).
 */
export const kafkaClusterId = (random: (size: number) => Buffer = randomBytes): string => {
  for (;;) {
    const bytes = random(16);
    const id = bytes.toString('base64url');
    if (!id.startsWith('-') && bytes.some((b) => b !== 0)) return id;
  }
};
