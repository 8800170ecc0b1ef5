// Plain wording of what the API returns; no reconciliation happens here (the server's reconcile did it).

export const SIDE_LABEL = { RU: 'Russian side', UA: 'Ukrainian side', NEUTRAL: 'independent voices' };
export const STATUS_LABEL = { CONTESTED: 'contested', CORROBORATED: 'corroborated', ONE_SIDED: 'one-sided' };

/** "RU holds 100%", "UA holds most", "denies RU holds it", "fought over, UA gaining" */
export const assertion = ({ stance, controller, extent, qualifier }) => {
  if (stance === 'CONTROL') {
    const share = extent !== null && extent !== undefined ? `${Math.round(extent * 100)}%` : qualifier ? qualifier : 'all';
    return `${controller} holds ${share}${qualifier && extent !== null && extent !== undefined && qualifier !== 'full' ? ` (${qualifier})` : ''}`;
  }
  if (stance === 'DENIAL') return `denies ${controller} holds it`;
  return `fought over${controller ? `, ${controller} gaining` : ''}`;
};

/** Days between two YYYY-MM-DD dates. */
export const daysBetween = (a, b) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

export const addDays = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The first day a claim date stands for: "2025-11" → "2025-11-01". */
export const firstDay = (claimedAt) => (claimedAt.length === 7 ? `${claimedAt}-01` : claimedAt.slice(0, 10));

/** Where a date falls between two days, 0..1, for the timeline lanes. */
export const positionOf = (claimedAt, from, to) => {
  const span = Math.max(1, daysBetween(from, to));
  return Math.min(1, Math.max(0, daysBetween(from, firstDay(claimedAt)) / span));
};

/** The article's text cut around one sentence: [before, sentence, after], for marking the evidence. */
export const splitAround = (body, start, end) => {
  if (!(start >= 0 && end > start && end <= body.length)) return [body, '', ''];
  return [body.slice(0, start), body.slice(start, end), body.slice(end)];
};
