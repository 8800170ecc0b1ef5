import { isIsoDate } from '../shared/articleChecks.js';

/** An error fastify answers with its status code and message (`{ statusCode, error, message }`). */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** The schema checks the shape (YYYY-MM-DD); this checks that the day exists. */
export const checkDate = (name: string, value: string | undefined): void => {
  if (value !== undefined && !isIsoDate(value)) throw new HttpError(400, `querystring/${name} "${value}" is not a day of the calendar`);
};
