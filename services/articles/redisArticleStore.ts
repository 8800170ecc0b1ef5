import type { Redis } from 'ioredis';
import type { Article } from '../shared/model.js';
import type { ArticleStore } from './articleStore.js';

/** One key per article, `<prefix>:article:{<articleId>}` (hash-tagged, so that a Redis Cluster spreads them), its JSON. */
export class RedisArticleStore implements ArticleStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'claimwire',
  ) {}

  key(articleId: string): string {
    return `${this.prefix}:article:{${articleId}}`;
  }

  async put(articles: readonly Article[]): Promise<void> {
    if (articles.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const article of articles) pipeline.set(this.key(article.articleId), JSON.stringify(article));
    const results = (await pipeline.exec()) ?? [];
    const failed = results.find(([error]) => error);
    if (failed) throw failed[0]!;
  }

  async get(articleIds: readonly string[]): Promise<Map<string, Article>> {
    const found = new Map<string, Article>();
    if (articleIds.length === 0) return found;
    const pipeline = this.redis.pipeline();
    for (const id of articleIds) pipeline.get(this.key(id));
    const results = (await pipeline.exec()) ?? [];
    results.forEach(([error, json], i) => {
      if (error) throw error;
      if (typeof json === 'string') found.set(articleIds[i]!, JSON.parse(json) as Article);
    });
    return found;
  }
}
