import { parseServerCommandLine, readServerCommandLine } from './command_line';
import { splitHostPort, tokenizeCommandLine } from './shell_words';

describe('tokenizeCommandLine', () => {
  it('splits on whitespace', () => {
    expect(tokenizeCommandLine('python3  -m http.server\t8000')).toEqual([
      'python3',
      '-m',
      'http.server',
      '8000',
    ]);
  });

  it('keeps quoted words together', () => {
    expect(tokenizeCommandLine(`bash -c "python3 -m http.server" 'a b'`)).toEqual([
      'bash',
      '-c',
      'python3 -m http.server',
      'a b',
    ]);
  });

  it('handles escapes and empty quotes', () => {
    expect(tokenizeCommandLine(`a\\ b "x\\"y" ''`)).toEqual(['a b', 'x"y', '']);
  });
});

describe('splitHostPort', () => {
  it.each([
    ['0.0.0.0:8000', '0.0.0.0', 8000],
    ['localhost:8080', 'localhost', 8080],
    ['[::1]:8000', '::1', 8000],
    ['[::]', '::', null],
    ['localhost', 'localhost', null],
    ['host:99999', 'host', null],
  ])('splits %s', (value, host, port) => {
    expect(splitHostPort(value)).toEqual({ host, port });
  });
});

describe('parseServerCommandLine for php', () => {
  it('reads address, port and document root', () => {
    const parsed = parseServerCommandLine(['php', '-S', '0.0.0.0:8000', '-t', '/var/www/html']);
    expect(parsed.server).toBe('php');
    expect(parsed.listeningAddress).toBe('0.0.0.0');
    expect(parsed.port).toBe(8000);
    expect(parsed.documentRoot).toBe('/var/www/html');
    expect(parsed.cgiEnabled).toBe(false);
    expect(parsed.portIsDefault).toBe(false);
  });

  it('reads attached option values', () => {
    const parsed = parseServerCommandLine(['/usr/bin/php8.1', '-Slocalhost:9000', '-tpublic']);
    expect(parsed.listeningAddress).toBe('localhost');
    expect(parsed.port).toBe(9000);
    expect(parsed.documentRoot).toBe('public');
  });

  it('reads IPv6 addresses in brackets', () => {
    const parsed = parseServerCommandLine(['php', '-S', '[::1]:8080', 'router.php']);
    expect(parsed.listeningAddress).toBe('::1');
    expect(parsed.port).toBe(8080);
    expect(parsed.documentRoot).toBeNull();
  });
});

describe('parseServerCommandLine for python', () => {
  it('applies the defaults', () => {
    const parsed = parseServerCommandLine(['python3', '-m', 'http.server']);
    expect(parsed.server).toBe('python');
    expect(parsed.port).toBe(8000);
    expect(parsed.portIsDefault).toBe(true);
    expect(parsed.listeningAddress).toBe('0.0.0.0');
    expect(parsed.listeningAddressIsDefault).toBe(true);
    expect(parsed.cgiEnabled).toBe(false);
  });

  it('reads port, bind, directory and cgi', () => {
    const parsed = parseServerCommandLine([
      '/usr/bin/python3.11',
      '-u',
      '-m',
      'http.server',
      '--cgi',
      '8080',
      '--bind',
      '127.0.0.1',
      '-d',
      '/srv/files',
    ]);
    expect(parsed.port).toBe(8080);
    expect(parsed.listeningAddress).toBe('127.0.0.1');
    expect(parsed.documentRoot).toBe('/srv/files');
    expect(parsed.cgiEnabled).toBe(true);
  });

  it('reads equals, attached and abbreviated options', () => {
    const parsed = parseServerCommandLine([
      'python3',
      '-mhttp.server',
      '--bind=::1',
      '--dir',
      'site',
      '9090',
    ]);
    expect(parsed.listeningAddress).toBe('::1');
    expect(parsed.documentRoot).toBe('site');
    expect(parsed.port).toBe(9090);

    const attached = parseServerCommandLine(['python3', '-m', 'http.server', '-b127.0.0.1']);
    expect(attached.listeningAddress).toBe('127.0.0.1');
  });

  it('does not read option values as the port', () => {
    const parsed = parseServerCommandLine(['python3', '-m', 'http.server', '-p', '1234']);
    expect(parsed.port).toBe(8000);
  });

  it('treats CGIHTTPServer as cgi', () => {
    const parsed = parseServerCommandLine(['python2', '-m', 'CGIHTTPServer', '8081']);
    expect(parsed.cgiEnabled).toBe(true);
    expect(parsed.port).toBe(8081);
  });

  it('reads SimpleHTTPServer', () => {
    const parsed = parseServerCommandLine(['python', '-m', 'SimpleHTTPServer']);
    expect(parsed.port).toBe(8000);
    expect(parsed.cgiEnabled).toBe(false);
  });

  it('sees CGIHTTPServer in inline code only as cgi', () => {
    const parsed = parseServerCommandLine(['python', '-c', 'import CGIHTTPServer; serve()']);
    expect(parsed.server).toBe('python');
    expect(parsed.cgiEnabled).toBe(true);
    expect(parsed.port).toBeNull();
  });

  it('finds the server inside a shell -c script', () => {
    const parsed = parseServerCommandLine(['bash', '-c', 'nohup python3 -m http.server 9000']);
    expect(parsed.server).toBe('python');
    expect(parsed.port).toBe(9000);
  });

  it('finds the server behind sudo', () => {
    const parsed = parseServerCommandLine(['sudo', '-u', 'web', 'php', '-S', 'localhost:80']);
    expect(parsed.server).toBe('php');
    expect(parsed.port).toBe(80);
  });
});

describe('parseServerCommandLine for other programs', () => {
  it('returns nulls', () => {
    const parsed = parseServerCommandLine(['nginx', '-g', 'daemon off;']);
    expect(parsed.server).toBeNull();
    expect(parsed.port).toBeNull();
    expect(parsed.listeningAddress).toBeNull();
  });
});

describe('readServerCommandLine', () => {
  it('resolves a relative php document root', () => {
    const read = readServerCommandLine({
      args: ['php', '-S', '0.0.0.0:8000', '-t', '../public'],
      commandLine: null,
      workingDirectory: '/home/dev/app/bin',
    });
    expect(read.servedDirectory).toBe('/home/dev/app/public');
  });

  it('falls back to the command line without args', () => {
    const read = readServerCommandLine({
      args: [],
      commandLine: 'python3 -m http.server --directory /tmp/x 8001',
      workingDirectory: '/root',
    });
    expect(read.port).toBe(8001);
    expect(read.servedDirectory).toBe('/tmp/x');
  });

  it('serves the working directory by default', () => {
    const read = readServerCommandLine({
      args: ['python3', '-m', 'http.server'],
      commandLine: null,
      workingDirectory: '/home/dev/site/',
    });
    expect(read.servedDirectory).toBe('/home/dev/site');
  });

  it('returns null without any directory', () => {
    const read = readServerCommandLine({ args: [], commandLine: null, workingDirectory: null });
    expect(read.servedDirectory).toBeNull();
    expect(read.server).toBeNull();
  });
});
