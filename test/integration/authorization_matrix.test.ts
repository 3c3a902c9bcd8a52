import { API_BASE_PATH, API_PATHS, API_PRIVILEGES } from '../../common/constants';
import { plugin } from '../../server/index';
import { createLogger } from '../../standalone/host/logger';
import { RouteRegistry } from '../../standalone/host/versioned_router';
import { ROLES, type Role } from '../../standalone/roles';
import { callApi } from './helpers';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

type Caller = Role | 'none';
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const CALLERS: readonly Caller[] = ['none', ...ROLES];

/**
 * Ids that name nothing in the sample data, so reads that pass authorization get 404 with
 * a message that names the id.
 */
const MISSING_ALERT_ID = 'authorization-matrix-no-such-alert';
const MISSING_EXCEPTION_ID = 'authorization-matrix-no-such-exception';
const MISSING_INVESTIGATION_ID = `default:${MISSING_ALERT_ID}`;

/**
 * A query parameter that no route accepts. The host checks the user and the privileges
 * before it validates anything, so a 400 naming this parameter proves that authorization
 * passed, and the write never reaches its handler, so the shared host's data stays as the
 * other test files expect it.
 */
const PROBE_PARAMETER = 'authorization_probe';

interface MatrixRow {
  /** Values for the path template's `{name}` placeholders. */
  params: Record<string, string>;
  /** The privilege the route must declare. */
  privilege: string;
  /** Writes send the probe parameter; reads are sent as they are. */
  probe: boolean;
  expected: Record<Caller, number>;
}

/** Expected statuses in the order: no credentials, viewer, analyst, lead, admin. */
function statuses(none: number, viewer: number, analyst: number, lead: number, admin: number) {
  return { none, viewer, analyst, lead, admin };
}

const alert = { alert_id: MISSING_ALERT_ID };
const exception = { id: MISSING_EXCEPTION_ID };
const investigation = { id: MISSING_INVESTIGATION_ID };

const read = API_PRIVILEGES.read;
const investigate = API_PRIVILEGES.investigate;
const review = API_PRIVILEGES.review;
const manageExceptions = API_PRIVILEGES.manageExceptions;

/** One row per route, keyed by `METHOD path template`. */
const MATRIX: Record<string, MatrixRow> = {
  [`GET ${API_PATHS.alerts}`]: {
    params: {},
    privilege: read,
    probe: false,
    expected: statuses(401, 200, 200, 200, 200),
  },
  [`GET ${API_PATHS.alertEvidence}`]: {
    params: alert,
    privilege: read,
    probe: false,
    expected: statuses(401, 404, 404, 404, 404),
  },
  [`GET ${API_PATHS.alertChecklists}`]: {
    params: alert,
    privilege: read,
    probe: false,
    expected: statuses(401, 404, 404, 404, 404),
  },
  [`GET ${API_PATHS.alertInvestigation}`]: {
    params: alert,
    privilege: read,
    probe: false,
    expected: statuses(401, 404, 404, 404, 404),
  },
  [`POST ${API_PATHS.alertInvestigation}`]: {
    params: alert,
    privilege: investigate,
    probe: true,
    expected: statuses(401, 403, 400, 400, 400),
  },
  [`PATCH ${API_PATHS.alertInvestigation}`]: {
    params: alert,
    privilege: investigate,
    probe: true,
    expected: statuses(401, 403, 400, 400, 400),
  },
  [`POST ${API_PATHS.alertInvestigationSubmit}`]: {
    params: alert,
    privilege: investigate,
    probe: true,
    expected: statuses(401, 403, 400, 400, 400),
  },
  [`POST ${API_PATHS.alertInvestigationApprove}`]: {
    params: alert,
    privilege: review,
    probe: true,
    expected: statuses(401, 403, 403, 400, 400),
  },
  [`POST ${API_PATHS.alertInvestigationReturn}`]: {
    params: alert,
    privilege: review,
    probe: true,
    expected: statuses(401, 403, 403, 400, 400),
  },
  [`GET ${API_PATHS.investigations}`]: {
    params: {},
    privilege: read,
    probe: false,
    expected: statuses(401, 200, 200, 200, 200),
  },
  [`GET ${API_PATHS.investigationHistory}`]: {
    params: investigation,
    privilege: read,
    probe: false,
    expected: statuses(401, 404, 404, 404, 404),
  },
  [`GET ${API_PATHS.investigationReport}`]: {
    params: investigation,
    privilege: read,
    probe: false,
    expected: statuses(401, 404, 404, 404, 404),
  },
  [`GET ${API_PATHS.alertExceptions}`]: {
    params: alert,
    privilege: read,
    probe: false,
    expected: statuses(401, 404, 404, 404, 404),
  },
  [`POST ${API_PATHS.alertExceptionProposals}`]: {
    params: alert,
    privilege: investigate,
    probe: true,
    expected: statuses(401, 403, 400, 400, 400),
  },
  [`GET ${API_PATHS.exceptions}`]: {
    params: {},
    privilege: read,
    probe: false,
    expected: statuses(401, 200, 200, 200, 200),
  },
  [`POST ${API_PATHS.exceptions}`]: {
    params: {},
    privilege: manageExceptions,
    probe: true,
    expected: statuses(401, 403, 403, 403, 400),
  },
  [`GET ${API_PATHS.exception}`]: {
    params: exception,
    privilege: read,
    probe: false,
    expected: statuses(401, 404, 404, 404, 404),
  },
  [`PUT ${API_PATHS.exception}`]: {
    params: exception,
    privilege: manageExceptions,
    probe: true,
    expected: statuses(401, 403, 403, 403, 400),
  },
  [`DELETE ${API_PATHS.exception}`]: {
    params: exception,
    privilege: manageExceptions,
    probe: true,
    expected: statuses(401, 403, 403, 403, 400),
  },
  [`POST ${API_PATHS.exceptionPreview}`]: {
    params: {},
    privilege: read,
    probe: true,
    expected: statuses(401, 400, 400, 400, 400),
  },
  [`POST ${API_PATHS.exceptionAccept}`]: {
    params: exception,
    privilege: manageExceptions,
    probe: true,
    expected: statuses(401, 403, 403, 403, 400),
  },
  [`POST ${API_PATHS.exceptionReject}`]: {
    params: exception,
    privilege: manageExceptions,
    probe: true,
    expected: statuses(401, 403, 403, 403, 400),
  },
  [`GET ${API_PATHS.exceptionHistory}`]: {
    params: exception,
    privilege: read,
    probe: false,
    expected: statuses(401, 404, 404, 404, 404),
  },
};

/** Registers the server plugin's routes on a recording router, as the standalone host does. */
async function registeredRoutes() {
  const registry = new RouteRegistry();
  const serverPlugin = await plugin({ logger: createLogger('authorization-matrix', 'error') });
  serverPlugin.setup(
    { http: { createRouter: () => registry } },
    { features: { registerKibanaFeature: () => undefined } }
  );
  return registry.routes;
}

function parseKey(key: string): { method: Method; template: string } {
  const [method, template] = key.split(' ');
  if (
    method === undefined ||
    template === undefined ||
    !['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)
  ) {
    throw new Error(`Matrix key [${key}] is not "METHOD path"`);
  }
  return { method: method as Method, template };
}

/** Fills the placeholders of a path template and strips the base path that callApi adds. */
function fillPath(template: string, params: Record<string, string>): string {
  const path = template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(`No value for ${placeholder} in [${template}]`);
    }
    return encodeURIComponent(value);
  });
  return path.slice(API_BASE_PATH.length);
}

function expectedMessage(row: MatrixRow, caller: Caller, status: number): string | null {
  switch (status) {
    case 401:
      return 'Authentication required';
    case 403:
      return `role [${caller}] lacks the privileges [${row.privilege}]`;
    case 400:
      return `[${PROBE_PARAMETER}]`;
    case 404:
      return `[${Object.values(row.params)[0] ?? ''}]`;
    default:
      return null;
  }
}

const cells = Object.entries(MATRIX).flatMap(([key, row]) =>
  CALLERS.map((caller) => ({ key, caller, row, status: row.expected[caller] }))
);

describe('authorization matrix', () => {
  it('has one row per registered route', async () => {
    const routes = await registeredRoutes();
    const registered = routes.map((route) => `${route.method.toUpperCase()} ${route.config.path}`);

    expect([...registered].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('states the privilege each route declares', async () => {
    const routes = await registeredRoutes();

    for (const route of routes) {
      const key = `${route.method.toUpperCase()} ${route.config.path}`;
      const authz = route.config.security?.authz;
      const declared = authz && 'requiredPrivileges' in authz ? authz.requiredPrivileges : [];
      expect({ key, declared }).toEqual({ key, declared: [MATRIX[key]?.privilege] });
    }
  });

  it.each(cells)('$key as $caller returns $status', async ({ key, caller, row, status }) => {
    const { method, template } = parseKey(key);
    const response = await callApi<ErrorBody>(fillPath(template, row.params), {
      method,
      role: caller,
      query: row.probe ? { [PROBE_PARAMETER]: 'true' } : {},
      body: method === 'GET' || method === 'DELETE' ? undefined : {},
    });

    expect(response.status).toBe(status);
    const message = expectedMessage(row, caller, status);
    if (message !== null) {
      expect(response.body.message).toContain(message);
    }
  });
});
