import { hapiErrorBody, INTERNAL_ERROR_MESSAGE } from './error_responses';

function hapiError(statusCode: number, payload: Record<string, unknown>) {
  return { output: { statusCode, payload, headers: {} } };
}

describe('hapiErrorBody', () => {
  it('keeps the status, error and message of a client error', () => {
    const error = hapiError(413, {
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'Payload content length greater than maximum allowed: 1048576',
    });

    expect(hapiErrorBody(error)).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'Payload content length greater than maximum allowed: 1048576',
    });
  });

  it('drops fields outside the error shape', () => {
    const error = hapiError(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid request payload JSON format',
      validation: { source: 'payload', keys: [] },
    });

    expect(Object.keys(hapiErrorBody(error)).sort()).toEqual(['error', 'message', 'statusCode']);
  });

  it('replaces the message of a 500', () => {
    const error = hapiError(500, {
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'at handler (/srv/app/node_modules/x/index.ts:12:3)',
    });

    expect(hapiErrorBody(error).message).toBe(INTERNAL_ERROR_MESSAGE);
  });

  it('keeps the message of a 503', () => {
    const error = hapiError(503, {
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'Server under heavy load',
    });

    expect(hapiErrorBody(error).message).toBe('Server under heavy load');
  });

  it('uses the error text when the message is missing', () => {
    const error = hapiError(404, { statusCode: 404, error: 'Not Found' });

    expect(hapiErrorBody(error)).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Not Found',
    });
  });
});
