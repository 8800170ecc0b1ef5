import { fetchArticle } from './api.js';
import { el, fill, safeHref } from './dom.js';
import { splitAround } from './format.js';

/** One article, its text as text, the cited sentence marked. */
export const showArticle = async (section, articleId, start, end, onClose) => {
  section.hidden = false;
  fill(section, el('p', { class: 'note' }, 'loading the article…'));
  let article;
  try {
    article = await fetchArticle(articleId);
  } catch (error) {
    fill(section, el('button', { class: 'close', type: 'button', onclick: onClose }, 'close'), el('p', { class: 'error' }, error.message));
    return;
  }
  const href = article.url ? safeHref(article.url) : null;
  const [before, sentence, after] = splitAround(article.body, start, end);
  fill(
    section,
    el('button', { class: 'close', type: 'button', onclick: onClose, 'data-testid': 'article-close' }, 'close'),
    el('h2', { 'data-testid': 'article-headline' }, article.headline ?? article.source ?? article.articleId),
    el(
      'p',
      { class: 'meta' },
      [article.outlet ?? 'outlet not given', article.publishedAt ?? 'undated'].join(' · '),
      href
        ? [' · ', el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, 'original')]
        : article.url
          ? ` · ${article.url}`
          : null,
    ),
    el(
      'div',
      { class: 'body', 'data-testid': 'article-body' },
      before,
      sentence ? el('mark', { 'data-testid': 'article-evidence' }, sentence) : null,
      after,
    ),
  );
  section.querySelector('mark')?.scrollIntoView({ block: 'center' });
};
