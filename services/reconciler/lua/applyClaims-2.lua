--[[
  Adds new claims of one place and its recomputed state, atomically, if nobody else wrote the place since
  the caller read it (optimistic concurrency: the caller computed the state from the claims it knows).

  KEYS[1] claims hash of the place (claimId -> claim JSON)
  KEYS[2] state of the place (PlaceState JSON)
  ARGV[1] number of claims the caller knows the place to have
  ARGV[2] the new state JSON
  ARGV[3..] claimId, claim JSON, claimId, claim JSON, ...

  Returns {'ok', newCount}, or {'stale', actualCount} when the place changed meanwhile (the caller reloads
  and retries), or {'dup', actualCount} when every claim was already there (nothing changes).
]]
local count = redis.call('HLEN', KEYS[1])
if count ~= tonumber(ARGV[1]) then
  local known = 0
  for i = 3, #ARGV, 2 do
    known = known + redis.call('HEXISTS', KEYS[1], ARGV[i])
  end
  if known * 2 == #ARGV - 2 then
    return {'dup', count}
  end
  return {'stale', count}
end
for i = 3, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end
redis.call('SET', KEYS[2], ARGV[2])
return {'ok', redis.call('HLEN', KEYS[1])}
