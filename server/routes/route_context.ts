import { DEFAULT_SPACE_ID } from '../../common/constants';
import type { KibanaRequest, Logger, PluginStartDependencies } from '../kibana_contracts';

/** Services the plugin hands to every route when it registers them. */
export interface RouteDependencies {
  logger: Logger;
  /** Resolves once the plugin has started; the spaces plugin is optional. */
  getStartServices(): Promise<PluginStartDependencies>;
}

/** Returns the space of the request, or the default space when the spaces plugin is off. */
export async function getSpaceId(
  dependencies: RouteDependencies,
  request: KibanaRequest
): Promise<string> {
  const { spaces } = await dependencies.getStartServices();
  return spaces?.spacesService.getSpaceId(request) ?? DEFAULT_SPACE_ID;
}

/** The name records use when no security plugin identifies the user. */
export const UNKNOWN_USER = 'unknown';

/** Returns the signed-in user's name, or `unknown` when security is off. */
export async function getUserName(
  dependencies: RouteDependencies,
  request: KibanaRequest
): Promise<string> {
  const { security } = await dependencies.getStartServices();
  return security?.authc.getCurrentUser(request)?.username ?? UNKNOWN_USER;
}
