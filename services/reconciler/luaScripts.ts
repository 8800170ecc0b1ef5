import { readdirSync, readFileSync } from 'node:fs';
import type { RedisClient } from '../shared/redis/redisClient.js';

const luaDir = new URL('./lua/', import.meta.url);

/** Every `<name>-<numKeys>.lua` in ./lua, defined on the client as a command named `<name>` (EVALSHA, loaded once). */
export const loadLuaScripts = (redis: RedisClient): void => {
  for (const file of readdirSync(luaDir)) {
    const match = /^(\w+)-(\d+)\.lua$/.exec(file);
    if (!match) continue;
    const [, name, numberOfKeys] = match as unknown as [string, string, string];
    if (typeof (redis as unknown as Record<string, unknown>)[name] === 'function') continue;
    redis.defineCommand(name, { numberOfKeys: Number(numberOfKeys), lua: readFileSync(new URL(file, luaDir), 'utf8') });
  }
};

export type ApplyClaimsReply = ['ok' | 'stale' | 'dup', number];

/** The façade over the scripts: typed calls, one place to see what runs inside Redis. */
export class ReconcilerScripts {
  constructor(private readonly redis: RedisClient) {
    loadLuaScripts(redis);
  }

  applyClaims(
    claimsKey: string,
    stateKey: string,
    knownCount: number,
    stateJson: string,
    claims: [string, string][],
  ): Promise<ApplyClaimsReply> {
    const call = (this.redis as unknown as Record<string, (...args: (string | number)[]) => Promise<ApplyClaimsReply>>).applyClaims!;
    return call.call(this.redis, claimsKey, stateKey, knownCount, stateJson, ...claims.flat());
  }
}
