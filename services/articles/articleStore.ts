import type { Article } from '../shared/model.js';

/** Where the API finds the articles claims cite (their outlet, URL, headline and text), by articleId. */
export interface ArticleStore {
  /** Keeps the articles (the same articleId again replaces it with what is, by its definition, the same article). */
  put(articles: readonly Article[]): Promise<void>;
  /** The articles held among `articleIds`; ids not held are absent from the map. */
  get(articleIds: readonly string[]): Promise<Map<string, Article>>;
}

export class InMemoryArticleStore implements ArticleStore {
  private readonly articles = new Map<string, Article>();

  async put(articles: readonly Article[]): Promise<void> {
    for (const article of articles) this.articles.set(article.articleId, article);
  }

  async get(articleIds: readonly string[]): Promise<Map<string, Article>> {
    const found = new Map<string, Article>();
    for (const id of articleIds) {
      const article = this.articles.get(id);
      if (article) found.set(id, article);
    }
    return found;
  }
}
