import { ROLES, isRole, type Role } from '../roles';
import { readHostConfig } from './config';
import { generatePassword } from './password_hash';
import {
  MIN_PASSWORD_LENGTH,
  addUser,
  readUsersFile,
  removeUser,
  setUserPassword,
  setUserRole,
  writeUsersFile,
  type UserRecord,
} from './users_file';

const USAGE = `Usage: npm run users -- <command>

Commands:
  list                                 List the users and their roles
  add <name> <role> [--prompt]         Add a user with a generated password, or one typed in
  set-role <name> <role>               Change a user's role
  reset-password <name> [--prompt]     Set a generated password, or one typed in
  remove <name>                        Remove a user

Roles: ${ROLES.join(', ')}. --prompt reads the password without echo, or the first line of
standard input when it is not a terminal. The users file is USERS_FILE, by default
users.json in DATA_DIR (.data); a running host reads changes on the next request.`;

/** Entry point of `npm run users`: changes the users file of the standalone host. */
async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  const prompt = args.includes('--prompt');
  const [name, role] = args.filter((arg) => arg !== '--prompt');
  const file = readHostConfig(process.env, process.cwd()).usersFile;

  if (command === undefined || command === 'help' || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const users = (await readUsersFile(file)) ?? [];

  switch (command) {
    case 'list':
      printUsers(users, file);
      return;
    case 'add': {
      const username = required(name, 'a user name');
      const userRole = readRole(role);
      const password = prompt ? await readPassword() : generatePassword();
      await writeUsersFile(file, await addUser(users, { username, role: userRole, password }));
      report(`Added [${username}] with role [${userRole}] to ${file}`, prompt ? null : password);
      return;
    }
    case 'set-role': {
      const username = required(name, 'a user name');
      const userRole = readRole(role);
      await writeUsersFile(file, setUserRole(users, username, userRole));
      report(`Changed the role of [${username}] to [${userRole}]`, null);
      return;
    }
    case 'reset-password': {
      const username = required(name, 'a user name');
      const password = prompt ? await readPassword() : generatePassword();
      await writeUsersFile(file, await setUserPassword(users, username, password));
      report(`Reset the password of [${username}]`, prompt ? null : password);
      return;
    }
    case 'remove': {
      const username = required(name, 'a user name');
      await writeUsersFile(file, removeUser(users, username));
      report(`Removed [${username}]; their sessions end on their next request`, null);
      return;
    }
    default:
      throw new Error(`Unknown command [${command}]\n\n${USAGE}`);
  }
}

function printUsers(users: UserRecord[], file: string): void {
  if (users.length === 0) {
    process.stdout.write(`${file} has no users. Add one with: npm run users -- add <name> admin\n`);
    return;
  }
  const width = Math.max(...users.map((user) => user.username.length), 'NAME'.length);
  const lines = [`${'NAME'.padEnd(width)}  ROLE     UPDATED`];
  for (const user of users) {
    lines.push(`${user.username.padEnd(width)}  ${user.role.padEnd(7)}  ${user.updated_at}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function report(message: string, password: string | null): void {
  process.stdout.write(`${message}\n`);
  if (password !== null) {
    process.stdout.write(`\n  Password: ${password}\n\nIt is shown only this once; the file keeps only its hash.\n`);
  }
}

function required(value: string | undefined, what: string): string {
  if (value === undefined || value === '') {
    throw new Error(`Missing ${what}\n\n${USAGE}`);
  }
  return value;
}

function readRole(value: string | undefined): Role {
  if (value === undefined || !isRole(value)) {
    throw new Error(`Unknown role [${value ?? ''}]: use one of ${ROLES.join(', ')}`);
  }
  return value;
}

/** Reads a password twice from a terminal without echo, or once from piped standard input. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const text = await readAll(process.stdin);
    return text.split(/\r?\n/)[0] ?? '';
  }
  const first = await readHidden(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const second = await readHidden('Repeat the password: ');
  if (first !== second) {
    throw new Error('The passwords differ; nothing was changed');
  }
  return first;
}

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

function readHidden(question: string): Promise<string> {
  const { stdin, stdout } = process;
  stdout.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');

  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error: Error | null) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      stdout.write('\n');
      if (error) {
        reject(error);
      } else {
        resolve(value);
      }
    };
    const onData = (data: string) => {
      for (const character of data) {
        if (character === '\r' || character === '\n') {
          finish(null);
          return;
        }
        if (character === '\u0003') {
          finish(new Error('Cancelled; nothing was changed'));
          return;
        }
        if (character === '\u007f' || character === '\b') {
          value = value.slice(0, -1);
        } else {
          value += character;
        }
      }
    };
    stdin.on('data', onData);
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
