// The CLI's command table and a pflag-style flag parser shared by the subcommands.
// Helm (cobra/pflag) accepts `--flag value`, `--flag=value`, `-f value`, `-fvalue`,
// `-f=value`, interspersed positional arguments and `--` to end flags; its errors are
// reproduced ("unknown flag: --x", "flag needs an argument: 's' in -s").

export interface CommandIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

/** A subcommand: returns the process exit code. Its one-line summary is in bin/cli.ts. */
export interface Command {
  run: (args: string[], io: CommandIO) => number | Promise<number>;
}

export class UsageError extends Error {}

export interface FlagSpec {
  long: string;
  short?: string;
  /** 'bool' flags take no argument; 'list' splits on commas like pflag's StringSlice */
  type: 'string' | 'array' | 'list' | 'bool';
}

export interface ParsedFlags {
  values: Map<string, string[]>;
  bools: Map<string, boolean>;
  positional: string[];
}

// pflag's StringSlice reads its value as one CSV record.
function splitCSV(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur === '') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

export function parseFlags(args: string[], specs: FlagSpec[]): ParsedFlags {
  const byLong = new Map(specs.map((s) => [s.long, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const res: ParsedFlags = { values: new Map(), bools: new Map(), positional: [] };
  const set = (spec: FlagSpec, value: string) => {
    if (spec.type === 'bool') {
      const v = value.toLowerCase();
      const b = v === 'true' || v === '1' || v === 't';
      if (!b && !(v === 'false' || v === '0' || v === 'f')) {
        throw new UsageError(`invalid argument "${value}" for "--${spec.long}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`);
      }
      res.bools.set(spec.long, b);
      return;
    }
    const list = res.values.get(spec.long) ?? [];
    if (spec.type === 'list') list.push(...splitCSV(value));
    else if (spec.type === 'string') list.splice(0, list.length, value);
    else list.push(value);
    res.values.set(spec.long, list);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      res.positional.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const spec = byLong.get(name);
      if (!spec) throw new UsageError(`unknown flag: --${name}`);
      if (eq >= 0) set(spec, a.slice(eq + 1));
      else if (spec.type === 'bool') set(spec, 'true');
      else if (i + 1 < args.length) set(spec, args[++i]);
      else throw new UsageError(`flag needs an argument: --${name}`);
    } else if (a.startsWith('-') && a.length > 1) {
      // A run of short flags: bools may be combined, a flag with an argument ends the run.
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const spec = byShort.get(c);
        if (!spec) throw new UsageError(`unknown shorthand flag: '${c}' in ${a}`);
        if (spec.type === 'bool') {
          if (a[j + 1] === '=') {
            set(spec, a.slice(j + 2));
            break;
          }
          set(spec, 'true');
          continue;
        }
        let rest = a.slice(j + 1);
        if (rest.startsWith('=')) rest = rest.slice(1);
        else if (rest === '') {
          if (i + 1 >= args.length) throw new UsageError(`flag needs an argument: '${c}' in ${a}`);
          rest = args[++i];
        }
        set(spec, rest);
        break;
      }
    } else {
      res.positional.push(a);
    }
  }
  return res;
}
