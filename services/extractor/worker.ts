import { problemWithArticle } from '../shared/articleChecks.js';
import type { Config } from '../shared/config.js';
import { placeKeyOf } from '../shared/ids.js';
import type { Article, Claim } from '../shared/model.js';
import type { KeyedRecord, Rejection, Stage } from '../shared/worker/stage.js';
import { extract } from './extract.js';

/**
 * Articles in, claims out, keyed by place so that every claim about a place shares a partition. Articles that
 * other producers wrote and that cannot be read for claims (empty, HTML, another language, a garbled date) are
 * rejected to the dead-letter topic with the reason, as the CLI would have refused them.
 */
export const extractorStage = (config: Config, extractClaims: (article: Article) => Claim[] = extract): Stage<Article, Claim> => ({
  name: 'extractor',
  groupId: config.extractorGroup,
  input: { topic: config.topics.articles, kind: 'Article' },
  output: { topic: config.topics.claims, kind: 'Claim' },
  async process(articles) {
    const outputs: KeyedRecord<Claim>[] = [];
    const rejected: Rejection[] = [];
    articles.forEach((article, index) => {
      const problem = problemWithArticle(article, config.maxArticleBytes);
      if (problem) {
        rejected.push({ index, reason: problem });
        return;
      }
      try {
        for (const claim of extractClaims(article)) outputs.push({ key: placeKeyOf(claim.place), value: claim });
      } catch (error) {
        rejected.push({ index, reason: `extraction failed: ${(error as Error).message}` });
      }
    });
    return { outputs, rejected };
  },
});
