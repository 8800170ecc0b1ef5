// Every text from the API goes into the page as text: `el` sets attributes one by one and children as text nodes,
// and no module of the dashboard assigns innerHTML. An article holding "<script>" shows those characters.

/** An element with attributes (`on…` keys take listener functions) and children (nodes or text). */
export const el = (tag, attrs = {}, ...children) => {
  const node = tag.startsWith('svg:') ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4)) : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'dataset') for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
};

const append = (node, children) => {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
};

/** Replaces an element's children. */
export const fill = (node, ...children) => {
  node.replaceChildren();
  append(node, children);
  return node;
};

/** A link that can only go to http(s) URLs: an article's URL is data, and "javascript:" is not a link. */
export const safeHref = (url) => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
};
