import type { Article } from '../shared/model.js';
import { getMany, setMany, type RedisClient } from '../shared/redis/redisClient.js';
import type { ArticleStore } from './articleStore.js';

/** One key per article, `<prefix>:article:{<articleId>}` (hash-tagged, so that a Redis Cluster spreads them), its JSON. */
export class RedisArticleStore implements ArticleStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix = 'claimwire',
  ) {}

  key(articleId: string): string {
    return `${this.prefix}:article:{${articleId}}`;
  }

  /** One pipeline on one Redis; on a cluster each key goes to its slot's node (getMany/setMany). */
  async put(articles: readonly Article[]): Promise<void> {
    await setMany(
      this.redis,
      articles.map((article) => [this.key(article.articleId), JSON.stringify(article)]),
    );
  }

  async get(articleIds: readonly string[]): Promise<Map<string, Article>> {
    const found = new Map<string, Article>();
    const values = await getMany(
      this.redis,
      articleIds.map((id) => this.key(id)),
    );
    values.forEach((json, i) => {
      if (typeof json === 'string') found.set(articleIds[i]!, JSON.parse(json) as Article);
    });
    return found;
  }
}
