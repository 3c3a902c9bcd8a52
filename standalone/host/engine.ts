import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** The launcher jar, relative to the repository root. `npm run build:engine` builds it. */
export const ENGINE_JAR_PATH = path.join('standalone', 'engine', 'target', 'simple-http-engine.jar');

/** The line prefix the launcher prints on stdout once the node has started and HTTP is bound. */
export const READY_PREFIX = 'ENGINE_READY ';

const DEFAULT_PORT = 9200;
const DEFAULT_HEAP_SIZE = '1g';
const DEFAULT_START_TIMEOUT_MS = 120_000;
/** Time between SIGTERM and SIGKILL in stop(). The launcher waits up to 10 s for the node to close. */
const STOP_GRACE_MS = 15_000;
const STDERR_TAIL_LINES = 40;
/** A Java stack frame line, such as `\tat org.opensearch.node.Node.start(Node.java:1765)` or `\t... 5 more`. */
const STACK_FRAME_LINE = /^\s+(at |\.\.\. \d+ more)/;
/** The level field of the launcher's log4j pattern `[time][LEVEL][logger] message`. */
const LOG_LEVEL_FIELD = /^\[[^\]]*\]\[(\w+)\s*\]/;
const HEALTH_RETRY_DELAY_MS = 250;

export interface EngineLogger {
  /** Receives the stack frames of the engine's stderr, which warn and error leave out. */
  debug?(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface EngineOptions {
  /** Directory the engine keeps between runs: its home is `<dataDir>/engine`, with indices in `engine/data`. */
  dataDir: string;
  /** HTTP port on 127.0.0.1, default 9200. 0 picks a free port, which `RunningEngine.url` then contains. */
  port?: number;
  /** JVM heap as `-Xms` and `-Xmx` take it, such as `512m` or `1g`. Default 1g. */
  heapSize?: string;
  logger: EngineLogger;
  /** Maximum time from spawning the JVM to a yellow or green cluster, default 120 000 ms. */
  startTimeoutMs?: number;
  /**
   * Repository root that `ENGINE_JAR_PATH` is relative to. Default `process.cwd()`, which is
   * the root when `npm start`, `npm test`, tsx or jest run from it. A path taken from this
   * module's own location would differ between tsx (ESM) and jest (CommonJS through swc).
   */
  rootDir?: string;
  /** Environment that `JAVA_HOME` is read from, default `process.env`. */
  env?: NodeJS.ProcessEnv;
}

export interface EngineExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningEngine {
  /** Base URL of the engine's HTTP API, such as `http://127.0.0.1:9200`. */
  url: string;
  pid: number;
  /** Engine home under `EngineOptions.dataDir`. */
  homeDir: string;
  /** Resolves when the JVM exits, whether through stop() or not. */
  exited: Promise<EngineExit>;
  /** Stops the JVM: closes its stdin, sends SIGTERM, and SIGKILL after 15 s. Calling it again returns the same promise. */
  stop(): Promise<void>;
}

/** Returns the java executable: `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` from PATH. */
export function resolveJavaCommand(env: NodeJS.ProcessEnv): string {
  const javaHome = env.JAVA_HOME?.trim();
  if (javaHome) {
    return path.join(javaHome, 'bin', 'java');
  }
  return 'java';
}

/** Returns the URL from a launcher `ENGINE_READY <url>` line, or null for any other line. */
export function parseReadyLine(line: string): string | null {
  if (!line.startsWith(READY_PREFIX)) {
    return null;
  }
  const url = line.slice(READY_PREFIX.length).trim();
  return url === '' ? null : url;
}

/** Builds the `java` arguments that run the launcher jar. Throws on an invalid heap size or port. */
export function buildJavaArgs(jarPath: string, homeDir: string, port: number, heapSize: string): string[] {
  if (!/^[1-9][0-9]*[kmgKMG]?$/.test(heapSize)) {
    throw new Error(`Invalid engine heap size [${heapSize}]: use a number with an optional k, m or g suffix, such as 1g`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`Invalid engine port [${port}]: use 0 to 65535, where 0 picks a free port`);
  }
  return [
    `-Xms${heapSize}`,
    `-Xmx${heapSize}`,
    // Without OpenSearch's Bootstrap, an OutOfMemoryError would leave a broken node running.
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-OmitStackTraceInFastThrow',
    '-Djava.awt.headless=true',
    // Java 17 reads the default charset at startup only, so the launcher cannot set it.
    '-Dfile.encoding=UTF-8',
    '-jar',
    jarPath,
    '--data-dir',
    homeDir,
    '--http-port',
    String(port),
  ];
}

/**
 * Starts the embedded OpenSearch engine and resolves once its cluster health is yellow or
 * green. Rejects when the jar is missing, the JVM exits first, or the timeout passes. In the
 * last two cases it kills the JVM and the error contains the last lines the JVM wrote to stderr.
 */
export async function startEngine(options: EngineOptions): Promise<RunningEngine> {
  const { logger } = options;
  const rootDir = options.rootDir ?? process.cwd();
  const port = options.port ?? DEFAULT_PORT;
  const heapSize = options.heapSize ?? DEFAULT_HEAP_SIZE;
  const timeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const java = resolveJavaCommand(options.env ?? process.env);

  const jarPath = path.resolve(rootDir, ENGINE_JAR_PATH);
  if (!existsSync(jarPath)) {
    throw new Error(`Engine jar not found at ${jarPath}: run \`npm run build:engine\` from the repository root first`);
  }
  const homeDir = path.resolve(options.dataDir, 'engine');
  const args = buildJavaArgs(jarPath, homeDir, port, heapSize);
  mkdirSync(homeDir, { recursive: true });

  const startedAt = Date.now();
  const deadline = startedAt + timeoutMs;
  const engine = new EngineProcess(java, args, logger);

  let url: string;
  try {
    url = await engine.waitForReadyLine(deadline, timeoutMs);
    await waitForHealthyCluster(url, deadline, timeoutMs, () => engine.exitReason());
  } catch (error) {
    await engine.kill();
    const reason = error instanceof Error ? error.message : String(error);
    const stderrTail = engine.formatStderrTail();
    // OpenSearch locks its data folder, so a second engine on the same folder cannot start.
    const hint = stderrTail.includes('failed to obtain node locks')
      ? `\nAnother engine is using ${options.dataDir}: stop it, or set DATA_DIR to another folder.`
      : '';
    throw new Error(
      `Failed to start the engine (${java} ${args.join(' ')}): ${reason}${hint}${stderrTail}`
    );
  }

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  logger.info(`Engine started in ${seconds} s at ${url} (pid ${engine.pid}), data in ${homeDir}`);
  engine.logUnexpectedExit();

  return {
    url,
    pid: engine.pid,
    homeDir,
    exited: engine.exited,
    stop: () => engine.stop(),
  };
}

/** Owns the JVM child process: its output, its exit, and the stop sequence. */
class EngineProcess {
  readonly pid: number;
  readonly exited: Promise<EngineExit>;
  private readonly child: ChildProcess;
  /** The last stderr lines without stack frames, for error messages. */
  private readonly stderrTail: string[] = [];
  /** Level of the last log4j line on stderr, which applies to the lines that continue it. */
  private stderrLevel: 'warn' | 'error' = 'warn';
  private readyUrl: string | null = null;
  private onReady: ((url: string) => void) | null = null;
  private exit: EngineExit | null = null;
  private spawnError: Error | null = null;
  private stopping: Promise<void> | null = null;

  constructor(
    private readonly java: string,
    args: string[],
    private readonly logger: EngineLogger
  ) {
    // stdin stays open: the launcher stops the node when it reaches EOF, so the JVM ends with this process.
    // detached puts the JVM in its own process group, so a Ctrl-C in the terminal reaches only the
    // host, which then calls stop() after its own shutdown.
    this.child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    this.pid = this.child.pid ?? -1;

    // Writes never happen, but closing a pipe whose reader is gone emits EPIPE.
    this.child.stdin?.on('error', () => undefined);

    createInterface({ input: this.child.stdout! }).on('line', (line) => this.handleStdoutLine(line));
    createInterface({ input: this.child.stderr! }).on('line', (line) => this.handleStderrLine(line));

    // Kills the JVM if this process exits without calling stop(), such as on an uncaught exception.
    const killOnExit = () => {
      if (this.exit === null && this.child.pid !== undefined) {
        this.child.kill('SIGKILL');
      }
    };
    process.on('exit', killOnExit);

    this.exited = new Promise<EngineExit>((resolve) => {
      this.child.on('error', (error) => {
        // 'error' without 'exit' means the JVM never started, such as when java is not found.
        this.spawnError = error;
        if (this.child.pid === undefined) {
          this.exit = { code: null, signal: null };
          process.off('exit', killOnExit);
          resolve(this.exit);
        }
      });
      // 'close' comes after 'exit' and after stdout and stderr end, so the stderr tail is complete.
      this.child.on('close', (code, signal) => {
        this.exit = { code, signal };
        process.off('exit', killOnExit);
        resolve(this.exit);
      });
    });
  }

  /** Returns why the JVM is gone, or null while it runs. */
  exitReason(): string | null {
    if (this.spawnError !== null && this.child.pid === undefined) {
      const code = (this.spawnError as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        return `${this.java} not found: install Java 17 or later, or set JAVA_HOME`;
      }
      return `failed to run ${this.java}: ${this.spawnError.message}`;
    }
    if (this.exit !== null) {
      return this.exit.signal !== null
        ? `the JVM was killed by ${this.exit.signal}`
        : `the JVM exited with code ${this.exit.code}`;
    }
    return null;
  }

  waitForReadyLine(deadline: number, timeoutMs: number): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out after ${timeoutMs / 1000} s waiting for the ${READY_PREFIX.trim()} line`)),
        Math.max(0, deadline - Date.now())
      );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.onReady = null;
        settle();
      };

      if (this.readyUrl !== null) {
        const url = this.readyUrl;
        finish(() => resolve(url));
        return;
      }
      this.onReady = (url) => finish(() => resolve(url));
      void this.exited.then(() => {
        const reason = this.exitReason() ?? 'the JVM exited';
        const message = this.child.pid === undefined ? reason : `${reason} before the ${READY_PREFIX.trim()} line`;
        finish(() => reject(new Error(message)));
      });
    });
  }

  formatStderrTail(): string {
    if (this.stderrTail.length === 0) {
      return '';
    }
    return `\nLast ${this.stderrTail.length} lines of the engine's stderr, without stack frames:\n${this.stderrTail.join('\n')}`;
  }

  /** Logs an error when the JVM exits without stop() having been called. */
  logUnexpectedExit(): void {
    void this.exited.then(() => {
      if (this.stopping === null) {
        this.logger.error(`Engine (pid ${this.pid}) stopped unexpectedly: ${this.exitReason()}${this.formatStderrTail()}`);
      }
    });
  }

  stop(): Promise<void> {
    if (this.stopping === null) {
      this.stopping = this.stopGracefully();
    }
    return this.stopping;
  }

  /** Kills the JVM at once, after a failed start. */
  async kill(): Promise<void> {
    if (this.stopping === null) {
      this.stopping = this.exit !== null ? Promise.resolve() : this.killAndWait();
    }
    await this.stopping;
  }

  private async stopGracefully(): Promise<void> {
    if (this.exit !== null) {
      return;
    }
    const startedAt = Date.now();
    this.child.stdin?.end();
    this.child.kill('SIGTERM');

    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), STOP_GRACE_MS);
    });
    const result = await Promise.race([this.exited, timedOut]);
    clearTimeout(timer);

    if (result === 'timeout') {
      this.logger.warn(`Engine (pid ${this.pid}) did not stop within ${STOP_GRACE_MS / 1000} s of SIGTERM; sending SIGKILL`);
      await this.killAndWait();
      return;
    }
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    this.logger.info(`Engine (pid ${this.pid}) stopped in ${seconds} s`);
  }

  private async killAndWait(): Promise<void> {
    if (this.exit === null) {
      this.child.kill('SIGKILL');
    }
    await this.exited;
  }

  private handleStdoutLine(line: string): void {
    const url = parseReadyLine(line);
    if (url === null) {
      this.logger.info(`engine: ${line}`);
      return;
    }
    this.readyUrl = url;
    this.onReady?.(url);
  }

  /**
   * Logs a stderr line at its log4j level, warn or error, because the launcher's log4j
   * configuration writes only WARN and above. Stack frames go to debug, so an exception
   * shows as its message and its `Caused by:` lines.
   */
  private handleStderrLine(line: string): void {
    if (STACK_FRAME_LINE.test(line)) {
      this.logger.debug?.(`engine: ${line}`);
      return;
    }
    this.stderrTail.push(line);
    if (this.stderrTail.length > STDERR_TAIL_LINES) {
      this.stderrTail.shift();
    }
    const level = LOG_LEVEL_FIELD.exec(line)?.[1];
    if (level !== undefined) {
      this.stderrLevel = level === 'ERROR' || level === 'FATAL' ? 'error' : 'warn';
    }
    this.logger[this.stderrLevel](`engine: ${line}`);
  }
}

/**
 * Waits until `GET /_cluster/health?wait_for_status=yellow` returns yellow or green.
 * Retries failed connections until the deadline, and stops early when the JVM has exited.
 */
async function waitForHealthyCluster(
  url: string,
  deadline: number,
  timeoutMs: number,
  exitReason: () => string | null
): Promise<void> {
  let lastProblem = 'no response';
  while (Date.now() < deadline) {
    const reason = exitReason();
    if (reason !== null) {
      throw new Error(`${reason} while waiting for cluster health`);
    }
    const remainingSeconds = Math.max(1, Math.floor((deadline - Date.now()) / 1000));
    try {
      const response = await fetch(`${url}/_cluster/health?wait_for_status=yellow&timeout=${remainingSeconds}s`, {
        signal: AbortSignal.timeout(remainingSeconds * 1000 + 1000),
      });
      const body = (await response.json()) as { status?: string };
      if (response.ok && (body.status === 'green' || body.status === 'yellow')) {
        return;
      }
      lastProblem = `HTTP ${response.status} with cluster status ${body.status ?? 'unknown'}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, HEALTH_RETRY_DELAY_MS));
  }
  throw new Error(
    `timed out after ${timeoutMs / 1000} s waiting for cluster health yellow at ${url}: last result ${lastProblem}`
  );
}
