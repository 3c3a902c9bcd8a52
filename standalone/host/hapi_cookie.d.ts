// @hapi/cookie 12 ships no type declarations. This covers what the host uses, and
// authentication.ts adds `request.cookieAuth` to hapi's Request.
declare module '@hapi/cookie' {
  import type { Plugin } from '@hapi/hapi';

  const cookie: { plugin: Plugin<void> };
  export default cookie;
}
