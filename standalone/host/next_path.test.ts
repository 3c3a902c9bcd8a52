import { APP_PATH } from '../../common/constants';
import { readNextPath } from './next_path';

describe('readNextPath', () => {
  it.each([
    [`${APP_PATH}/alerts/abc`, `${APP_PATH}/alerts/abc`],
    [`${APP_PATH}/review?host=web-01#top`, `${APP_PATH}/review?host=web-01#top`],
    ['/app/x/../y', '/app/y'],
    [`/s/blue${APP_PATH}/alerts/abc`, `/s/blue${APP_PATH}/alerts/abc`],
  ])('keeps the path %s', (next, expected) => {
    expect(readNextPath(next)).toBe(expected);
  });

  it.each([
    ['https://evil.example/app'],
    ['//evil.example/app'],
    ['/\\evil.example/app'],
    ['\\\\evil.example'],
    ['/app\\..\\..\\/evil.example'],
    ['javascript:alert(1)'],
    ['/app\t/x'],
    ['/login?next=/app'],
    ['/logout'],
    ['/.//evil.example'],
    ['/a/..//evil.example'],
    ['/%2e//evil.example'],
    ['/%2e%2e//evil.example'],
    ['/./%2F/evil.example'],
    ['/api/simple_http_investigation/alerts'],
    ['/s/blue/login'],
    ['app/relative'],
    [''],
    [undefined],
    [['/app', '/other']],
  ])('falls back to the app for %j', (next) => {
    expect(readNextPath(next)).toBe(APP_PATH);
  });
});
