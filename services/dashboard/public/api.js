// The dashboard's calls to the API. A token, if the server wants one, rides in the cookie its login page set.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const getJson = async (path) => {
  const response = await fetch(path, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body.message ?? `${response.status} ${response.statusText}`);
  return body;
};

const query = (params) => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** Every page of a paged route. */
const allPages = async (path, params) => {
  const items = [];
  let offset = 0;
  let first = null;
  for (;;) {
    const page = await getJson(`${path}${query({ ...params, limit: 500, offset })}`);
    first ??= page;
    items.push(...page.items);
    if (page.nextOffset === null) return { ...first, items };
    offset = page.nextOffset;
  }
};

export const fetchPlaces = (filters) => allPages('/api/places', filters);
export const fetchPlace = (placeKey, asOf) => getJson(`/api/places/${encodeURIComponent(placeKey)}${query({ asOf })}`);
export const fetchClaims = (placeKey, asOf) => allPages(`/api/places/${encodeURIComponent(placeKey)}/claims`, { asOf });
export const fetchArticle = (articleId) => getJson(`/api/articles/${encodeURIComponent(articleId)}`);
