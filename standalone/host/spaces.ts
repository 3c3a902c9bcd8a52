import type { Request, Server } from '@hapi/hapi';

import { DEFAULT_SPACE_ID } from '../../common/constants';
import type { KibanaRequest, SpacesPluginStart } from '../../server/kibana_contracts';
import { readSpacePath } from '../space_path';
import { errorBody } from './response_factory';

declare module '@hapi/hapi' {
  interface RequestApplicationState {
    /** The `/s/<space_id>` prefix the request came with, or empty for the default space. */
    spaceBasePath?: string;
  }
}

/**
 * Serves every route under `/s/<space_id>/` too, as Kibana's spaces plugin does: before
 * routing, a path with the prefix of a served space is rewritten to the path without it,
 * and the prefix is kept as the request's base path. A prefix of any other space gets 404
 * before authentication, so the check reveals no more than an unknown path would.
 */
export function registerSpaces(server: Server, spaceIds: readonly string[]): void {
  server.ext('onRequest', (request, h) => {
    const { spaceId, basePath, path } = readSpacePath(request.path);
    request.app.spaceBasePath = basePath;

    if (basePath === '') {
      return h.continue;
    }
    if (!spaceIds.includes(spaceId)) {
      const message = `Space [${spaceId}] was not found. The host serves the spaces in SPACES.`;
      return h.response(errorBody(404, message)).code(404).takeover();
    }

    request.setUrl(`${path}${request.url.search}`);
    return h.continue;
  });
}

/** Returns the base path of a request: `/s/<space_id>`, or empty in the default space. */
export function readSpaceBasePath(request: Request): string {
  return request.app.spaceBasePath ?? '';
}

/**
 * Creates the spaces plugin's start contract. `getSpaceId` reads the space from the base
 * path that `mountRoutes` recorded for the request, as Kibana's reads it from the request's
 * base path.
 */
export function createSpacesContract(
  requestBasePaths: WeakMap<KibanaRequest, string>
): SpacesPluginStart {
  return {
    spacesService: {
      getSpaceId: (request) => {
        const basePath = requestBasePaths.get(request) ?? '';
        return basePath === '' ? DEFAULT_SPACE_ID : readSpacePath(basePath).spaceId;
      },
    },
  };
}
