// Go's fmt (Sprintf, Sprint, Sprintln) for the value model of value.ts, following
// src/fmt/print.go and format.go: the Printer (Go's pp) walks the format and the operands, and
// the raw formatter functions (fmtInteger, fmtFloat, fmtQ…) pad one item at a time.
//
// How the value model maps onto Go's reflection: template operands arrive as interface{}
// values; the elements of a slice, the values of a map and the fields of a struct are
// interfaces too, so a nil there prints `<nil>` whatever the verb. bigint is Go's int,
// number is float64, Uint8Array is []byte, a GoStruct whose typeName starts with `*` is a
// pointer to a struct, and a GoStruct with `str` has a String method.
import { type GoValue, GoStruct, GoFuncValue, Int64, goTypeName, intValue, isInt as isGoInt, isMap, isNilComposite, sortedKeys, toBytes, fromBytes } from './value';
import {
  canBackquote,
  decodeRune,
  formatFloat,
  isPrint,
  MaxRune,
  quote,
  quoteBytes,
  quoteRune,
  quoteRuneToASCII,
  quoteToASCII,
  RuneError,
  runeCount,
  runeString,
} from './strconv';

const ldigits = '0123456789abcdefx';
const udigits = '0123456789ABCDEFX';

const nilAngleString = '<nil>';
const nilParenString = '(nil)';
const percentBangString = '%!';
const missingString = '(MISSING)';
const badIndexString = '(BADINDEX)';
const extraString = '%!(EXTRA ';
const badWidthString = '%!(BADWIDTH)';
const badPrecString = '%!(BADPREC)';
const noVerbString = '%!(NOVERB)';

// Pointers, maps and slices print their address under %p (and funcs under %v); a
// browser has no such address, so one fixed, plausible-looking value stands in.
const fakeAddress = 0xc000010000n;

/** strconv.FormatFloat(f, 'g', -1, 64), which is what %v prints for a float64. */
export function formatFloatG(f: number): string {
  return formatFloat(f, 'g', -1, 64);
}

// ---------------------------------------------------------------------------------
// The raw formatter (format.go): flags, width and precision of one verb.

class Fmt {
  buf = '';
  wid = 0;
  prec = 0;
  widPresent = false;
  precPresent = false;
  minus = false;
  plus = false;
  sharp = false;
  space = false;
  zero = false;
  // %+v and %#v set plusV/sharpV and clear plus/sharp: in effect different, flagless verbs.
  plusV = false;
  sharpV = false;

  clearflags(): void {
    this.widPresent = this.precPresent = this.minus = this.plus = this.sharp = false;
    this.space = this.zero = this.plusV = this.sharpV = false;
    this.wid = this.prec = 0;
  }

  /** Zero padding is allowed only to the left. */
  private padByte(): string {
    return this.zero && !this.minus ? '0' : ' ';
  }

  writePadding(n: number): void {
    if (n <= 0) return;
    this.buf += this.padByte().repeat(n);
  }

  /** Appends s padded to the width, counting runes. */
  pad(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.buf += s;
      return;
    }
    const width = this.wid - runeCount(s);
    if (!this.minus) {
      this.writePadding(width);
      this.buf += s;
    } else {
      this.buf += s;
      this.writePadding(width);
    }
  }

  fmtBoolean(v: boolean): void {
    this.pad(v ? 'true' : 'false');
  }

  /** fmtUnicode: "U+0078", or with the sharp flag "U+0078 'x'". */
  fmtUnicode(u: bigint): void {
    let prec = 4;
    if (this.precPresent && this.prec > 4) prec = this.prec;
    let s = u.toString(16).toUpperCase();
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s;
    s = 'U+' + s;
    if (this.sharp && u <= BigInt(MaxRune) && isPrint(Number(u))) s += " '" + String.fromCodePoint(Number(u)) + "'";
    const oldZero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = oldZero;
  }

  /** fmtInteger formats a signed (int64) or unsigned (uint64) integer. */
  fmtInteger(v: bigint, base: number, isSigned: boolean, verb: string, digits: string): void {
    let u = BigInt.asUintN(64, v);
    const negative = isSigned && BigInt.asIntN(64, v) < 0n;
    if (negative) u = BigInt.asUintN(64, -u);

    // Two ways to ask for extra leading zero digits: %.3d or %03d. With both, the zero
    // flag is ignored and the padding is spaces.
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      // Precision 0 and value 0 print nothing but the padding.
      if (prec === 0 && u === 0n) {
        const oldZero = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = oldZero;
        return;
      }
    } else if (this.zero && !this.minus && this.widPresent) {
      prec = this.wid;
      if (negative || this.plus || this.space) prec--; // leave room for the sign
    }

    let s = u.toString(base);
    if (digits === udigits) s = s.toUpperCase();
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s;

    if (this.sharp) {
      if (base === 2) s = '0b' + s;
      else if (base === 8) {
        if (s[0] !== '0') s = '0' + s;
      } else if (base === 16) s = '0' + digits[16] + s;
    }
    if (verb === 'O') s = '0o' + s;

    if (negative) s = '-' + s;
    else if (this.plus) s = '+' + s;
    else if (this.space) s = ' ' + s;

    // The zeros asked for are already there (or void because of a precision).
    const oldZero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = oldZero;
  }

  /** Cuts s to the precision, counted in runes. */
  truncate(s: string): string {
    if (this.precPresent) {
      let n = this.prec;
      let i = 0;
      while (i < s.length) {
        if (n-- <= 0) return s.slice(0, i);
        const c = s.codePointAt(i)!;
        i += c > 0xffff ? 2 : 1;
      }
    }
    return s;
  }

  truncateBytes(b: Uint8Array): Uint8Array {
    if (this.precPresent) {
      let n = this.prec;
      for (let i = 0; i < b.length; i += decodeRune(b, i)[1]) {
        if (n-- <= 0) return b.subarray(0, i);
      }
    }
    return b;
  }

  fmtS(s: string): void {
    this.pad(this.truncate(s));
  }

  /** fmtSbx: the bytes of a string or []byte in hexadecimal. */
  fmtSbx(b: Uint8Array, digits: string): void {
    let length = b.length;
    if (this.precPresent && this.prec < length) length = this.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        // Each byte gets its own 0x, and a space between.
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) {
        width += 2;
      }
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    let out = '';
    if (this.sharp) out += '0' + digits[16];
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        out += ' ';
        if (this.sharp) out += '0' + digits[16];
      }
      const c = b[i];
      out += digits[c >> 4] + digits[c & 0xf];
    }
    this.buf += out;
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  /** fmtQ: a double-quoted Go string, backquoted under # when it can be. */
  fmtQ(s: string | Uint8Array): void {
    s = typeof s === 'string' ? this.truncate(s) : this.truncateBytes(s);
    if (this.sharp && canBackquote(s)) {
      this.pad('`' + (typeof s === 'string' ? s : fromBytes(s)) + '`');
      return;
    }
    if (typeof s === 'string') this.pad(this.plus ? quoteToASCII(s) : quote(s));
    else this.pad(quoteBytes(s, this.plus));
  }

  /** fmtC: an integer as the character it encodes; not valid Unicode prints U+FFFD. */
  fmtC(c: bigint): void {
    const u = BigInt.asUintN(64, c);
    const r = u > BigInt(MaxRune) ? RuneError : Number(u);
    this.pad(runeString(r));
  }

  /** fmtQc: an integer as a single-quoted Go character constant. */
  fmtQc(c: bigint): void {
    const u = BigInt.asUintN(64, c);
    const r = u > BigInt(MaxRune) ? RuneError : Number(u);
    this.pad(this.plus ? quoteRuneToASCII(r) : quoteRune(r));
  }

  /** fmtFloat: verb is one strconv.FormatFloat knows; prec -1 is the shortest form. */
  fmtFloat(v: number, verb: string, prec: number): void {
    if (this.precPresent) prec = this.prec;
    let num = formatFloat(v, verb, prec, 64);
    // A leading sign, always, to work with.
    if (num[0] !== '-' && num[0] !== '+') num = '+' + num;
    // The space flag puts a space where a + would go, unless + is asked for.
    if (this.space && num[0] === '+' && !this.plus) num = ' ' + num.slice(1);
    // Infinities and NaN do not look like numbers, so they get no zero padding.
    if (num[1] === 'I' || num[1] === 'N') {
      const oldZero = this.zero;
      this.zero = false;
      // No sign before NaN unless asked for.
      if (num[1] === 'N' && !this.space && !this.plus) num = num.slice(1);
      this.pad(num);
      this.zero = oldZero;
      return;
    }
    // The sharp flag forces a decimal point (not for %b) and keeps trailing zeros.
    if (this.sharp && verb !== 'b') {
      let digits = 0;
      if (verb === 'v' || verb === 'g' || verb === 'G' || verb === 'x') {
        digits = prec;
        // With no precision asked for, %#g keeps 6 significant digits.
        if (digits === -1) digits = 6;
      }
      let tail = '';
      let hasDecimalPoint = false;
      let sawNonzeroDigit = false;
      let body = num;
      for (let i = 1; i < body.length; i++) {
        const c = body[i];
        if (c === '.') {
          hasDecimalPoint = true;
        } else if (c === 'p' || c === 'P' || ((c === 'e' || c === 'E') && verb !== 'x' && verb !== 'X')) {
          tail = body.slice(i);
          body = body.slice(0, i);
          break;
        } else {
          if (c !== '0') sawNonzeroDigit = true;
          // Count the significant digits from the first one that is not zero.
          if (sawNonzeroDigit) digits--;
        }
      }
      if (!hasDecimalPoint) {
        // A lone leading 0 counts as one digit.
        if (body.length === 2 && body[1] === '0') digits--;
        body += '.';
      }
      if (digits > 0) body += '0'.repeat(digits);
      num = body + tail;
    }
    if (this.plus || num[0] !== '+') {
      // Zero padding goes after the sign: write the sign, then pad the digits.
      if (this.zero && !this.minus && this.widPresent && this.wid > num.length) {
        this.buf += num[0];
        this.writePadding(this.wid - num.length);
        this.buf += num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    // A positive number with no sign asked for.
    this.pad(num.slice(1));
  }
}

// ---------------------------------------------------------------------------------
// The printer (print.go)

type Verb = string;

function isPointerStruct(v: GoValue): v is GoStruct {
  return v instanceof GoStruct && v.typeName.startsWith('*');
}

class Printer {
  readonly fmt = new Fmt();
  /** set while printing an error string, so that no String method runs */
  private erroring = false;
  /** the format used explicit argument indexes */
  reordered = false;
  /** the most recent index was valid */
  goodArgNum = true;

  get buf(): string {
    return this.fmt.buf;
  }

  private write(s: string): void {
    this.fmt.buf += s;
  }

  /** `%!verb(type=value)`, printed with the verb's flags. */
  badVerb(verb: Verb, arg: GoValue, typeName = goTypeName(arg)): void {
    this.erroring = true;
    this.write(percentBangString + verb + '(');
    if (arg === null || arg === undefined) {
      this.write(nilAngleString);
    } else {
      this.write(typeName + '=');
      this.printArg(arg, 'v');
    }
    this.write(')');
    this.erroring = false;
  }

  fmtBool(v: boolean, verb: Verb): void {
    if (verb === 't' || verb === 'v') this.fmt.fmtBoolean(v);
    else this.badVerb(verb, v);
  }

  /** fmt0x64: hexadecimal with or without 0x, whatever the sharp flag says. */
  fmt0x64(v: bigint, leading0x: boolean): void {
    const sharp = this.fmt.sharp;
    this.fmt.sharp = leading0x;
    this.fmt.fmtInteger(v, 16, false, 'v', ldigits);
    this.fmt.sharp = sharp;
  }

  fmtInteger(v: bigint, isSigned: boolean, verb: Verb, typeName: string): void {
    switch (verb) {
      case 'v':
        if (this.fmt.sharpV && !isSigned) this.fmt0x64(v, true);
        else this.fmt.fmtInteger(v, 10, isSigned, verb, ldigits);
        return;
      case 'd':
        return this.fmt.fmtInteger(v, 10, isSigned, verb, ldigits);
      case 'b':
        return this.fmt.fmtInteger(v, 2, isSigned, verb, ldigits);
      case 'o':
      case 'O':
        return this.fmt.fmtInteger(v, 8, isSigned, verb, ldigits);
      case 'x':
        return this.fmt.fmtInteger(v, 16, isSigned, verb, ldigits);
      case 'X':
        return this.fmt.fmtInteger(v, 16, isSigned, verb, udigits);
      case 'c':
        return this.fmt.fmtC(v);
      case 'q':
        return this.fmt.fmtQc(v);
      case 'U':
        return this.fmt.fmtUnicode(BigInt.asUintN(64, v));
      default:
        this.badVerb(verb, v, typeName);
    }
  }

  fmtFloat(v: number, verb: Verb): void {
    switch (verb) {
      case 'v':
        return this.fmt.fmtFloat(v, 'g', -1);
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
        return this.fmt.fmtFloat(v, verb, -1);
      case 'f':
      case 'e':
      case 'E':
        return this.fmt.fmtFloat(v, verb, 6);
      case 'F':
        return this.fmt.fmtFloat(v, 'f', 6);
      default:
        this.badVerb(verb, v);
    }
  }

  fmtString(v: string, verb: Verb): void {
    switch (verb) {
      case 'v':
        if (this.fmt.sharpV) this.fmt.fmtQ(v);
        else this.fmt.fmtS(v);
        return;
      case 's':
        return this.fmt.fmtS(v);
      case 'x':
        return this.fmt.fmtSbx(toBytes(v), ldigits);
      case 'X':
        return this.fmt.fmtSbx(toBytes(v), udigits);
      case 'q':
        return this.fmt.fmtQ(v);
      default:
        this.badVerb(verb, v);
    }
  }

  fmtBytes(v: Uint8Array, verb: Verb, typeString: string, depth: number): void {
    switch (verb) {
      case 'v':
      case 'd':
        if (this.fmt.sharpV) {
          this.write(typeString + '{');
          v.forEach((c, i) => {
            if (i > 0) this.write(', ');
            this.fmt0x64(BigInt(c), true);
          });
          this.write('}');
        } else {
          this.write('[');
          v.forEach((c, i) => {
            if (i > 0) this.write(' ');
            this.fmt.fmtInteger(BigInt(c), 10, false, verb, ldigits);
          });
          this.write(']');
        }
        return;
      case 's':
        return this.fmt.fmtS(fromBytes(v));
      case 'x':
        return this.fmt.fmtSbx(v, ldigits);
      case 'X':
        return this.fmt.fmtSbx(v, udigits);
      case 'q':
        return this.fmt.fmtQ(v);
      default:
        this.printSlice(Array.from(v, (c) => BigInt(c)), verb, depth, '[]uint8', true);
    }
  }

  /** fmtPointer: maps, slices, funcs and pointers have an address; nothing else does. */
  fmtPointer(v: GoValue, verb: Verb): void {
    const isRef = Array.isArray(v) || v instanceof Uint8Array || v instanceof GoFuncValue || isPointerStruct(v) || isMap(v);
    if (!isRef) {
      this.badVerb(verb, v);
      return;
    }
    const u = fakeAddress;
    switch (verb) {
      case 'v':
        if (this.fmt.sharpV) {
          this.write('(' + goTypeName(v) + ')(');
          this.fmt0x64(u, true);
          this.write(')');
        } else {
          this.fmt0x64(u, !this.fmt.sharp);
        }
        return;
      case 'p':
        return this.fmt0x64(u, !this.fmt.sharp);
      case 'b':
      case 'o':
      case 'd':
      case 'x':
      case 'X':
        return this.fmtInteger(u, false, verb, 'uintptr');
      default:
        this.badVerb(verb, v);
    }
  }

  /** handleMethods: a String method serves the string-accepting verbs (not %#v). */
  handleMethods(v: GoValue, verb: Verb): boolean {
    if (this.erroring) return false;
    if (!(v instanceof GoStruct) || !v.str || this.fmt.sharpV) return false;
    // A String on the pointer receiver is not in the method set of the struct value fmt got.
    if (v.ptrString && !isPointerStruct(v)) return false;
    switch (verb) {
      case 'v':
      case 's':
      case 'x':
      case 'X':
      case 'q': {
        let s: string;
        try {
          s = v.str();
        } catch (e) {
          // catchPanic: a String method that fails prints the failure in place.
          this.write(`${percentBangString}${verb}(PANIC=String method: ${(e as Error).message})`);
          return true;
        }
        this.fmtString(s, verb);
        return true;
      }
    }
    return false;
  }

  printArg(arg: GoValue, verb: Verb): void {
    if (arg === null || arg === undefined) {
      if (verb === 'T' || verb === 'v') this.fmt.pad(nilAngleString);
      else this.badVerb(verb, arg);
      return;
    }
    // %T and %p are about the operand itself, whatever it holds.
    if (verb === 'T') {
      this.fmt.fmtS(goTypeName(arg));
      return;
    }
    if (verb === 'p') {
      this.fmtPointer(arg, 'p');
      return;
    }
    switch (typeof arg) {
      case 'boolean':
        return this.fmtBool(arg, verb);
      case 'number':
        return this.fmtFloat(arg, verb);
      case 'bigint':
        return this.fmtInteger(arg, true, verb, 'int');
      case 'string':
        return this.fmtString(arg, verb);
    }
    if (arg instanceof Int64) return this.fmtInteger(arg.v, true, verb, 'int64');
    if (arg instanceof Uint8Array) return this.fmtBytes(arg, verb, '[]byte', 0);
    if (!this.handleMethods(arg, verb)) this.printValue(arg, verb, 0);
  }

  /** printValue: like printArg, for a value found inside another (depth > 0) or a composite. */
  printValue(v: GoValue, verb: Verb, depth: number): void {
    if (depth > 0 && this.handleMethods(v, verb)) return;
    if (v === null || v === undefined) {
      // Inside a slice, map or struct a nil is a nil interface{}.
      this.write(this.fmt.sharpV ? 'interface {}' + nilParenString : nilAngleString);
      return;
    }
    switch (typeof v) {
      case 'boolean':
        return this.fmtBool(v, verb);
      case 'number':
        return this.fmtFloat(v, verb);
      case 'bigint':
        return this.fmtInteger(v, true, verb, 'int');
      case 'string':
        return this.fmtString(v, verb);
    }
    if (v instanceof Int64) return this.fmtInteger(v.v, true, verb, 'int64');
    if (v instanceof Uint8Array) {
      if (verb === 's' || verb === 'q' || verb === 'x' || verb === 'X') return this.fmtBytes(v, verb, '[]uint8', depth);
      return this.printSlice(Array.from(v, (c) => BigInt(c)), verb, depth, '[]uint8', true);
    }
    if (Array.isArray(v)) return this.printSlice(v, verb, depth, goTypeName(v), false);
    if (v instanceof GoStruct) {
      if (isPointerStruct(v)) {
        // A pointer to a struct shows the struct at top level, an address below it.
        if (depth === 0) {
          this.write('&');
          this.printStruct(v, verb, depth + 1);
          return;
        }
        return this.fmtPointer(v, verb);
      }
      return this.printStruct(v, verb, depth);
    }
    if (v instanceof GoFuncValue) return this.fmtPointer(v, verb);
    if (isMap(v)) return this.printMap(v, verb, depth);
    this.write('?' + goTypeName(v) + '?');
  }

  private printSlice(items: GoValue[], verb: Verb, depth: number, typeName: string, unsigned: boolean): void {
    // The elements of a []byte are uint8s, not interfaces.
    const elem = (x: GoValue) =>
      unsigned && typeof x === 'bigint' ? this.fmtInteger(x, false, verb, 'uint8') : this.printValue(x, verb, depth + 1);
    if (this.fmt.sharpV) {
      this.write(typeName);
      if (isNilComposite(items)) return this.write(nilParenString);
      this.write('{');
      items.forEach((x, i) => {
        if (i > 0) this.write(', ');
        elem(x);
      });
      this.write('}');
    } else {
      this.write('[');
      items.forEach((x, i) => {
        if (i > 0) this.write(' ');
        elem(x);
      });
      this.write(']');
    }
  }

  private printMap(m: Record<string, GoValue>, verb: Verb, depth: number): void {
    if (this.fmt.sharpV) {
      this.write(goTypeName(m));
      if (isNilComposite(m)) return this.write(nilParenString);
      this.write('{');
    } else this.write('map[');
    sortedKeys(m).forEach((k, i) => {
      if (i > 0) this.write(this.fmt.sharpV ? ', ' : ' ');
      this.printValue(k, verb, depth + 1);
      this.write(':');
      this.printValue(m[k], verb, depth + 1);
    });
    this.write(this.fmt.sharpV ? '}' : ']');
  }

  private printStruct(s: GoStruct, verb: Verb, depth: number): void {
    if (this.fmt.sharpV) this.write(s.typeName.replace(/^\*/, ''));
    this.write('{');
    Object.entries(s.fields).forEach(([name, val], i) => {
      if (i > 0) this.write(this.fmt.sharpV ? ', ' : ' ');
      if (this.fmt.plusV || this.fmt.sharpV) this.write(name + ':');
      this.printValue(val, verb, depth + 1);
    });
    this.write('}');
  }

  // -------------------------------------------------------------------------------
  // Sprintf

  /** %#v is Go syntax and %+v adds field names: flagless verbs of their own. */
  private setV(): void {
    this.fmt.sharpV = this.fmt.sharp;
    this.fmt.sharp = false;
    this.fmt.plusV = this.fmt.plus;
    this.fmt.plus = false;
  }

  doPrintf(format: string, a: GoValue[]): void {
    const end = format.length;
    let argNum = 0; // one operand per verb, unless indexes say otherwise
    let afterIndex = false; // the previous item in format was an index like [3]
    this.reordered = false;
    formatLoop: for (let i = 0; i < end; ) {
      this.goodArgNum = true;
      const lasti = i;
      while (i < end && format[i] !== '%') i++;
      if (i > lasti) this.write(format.slice(lasti, i));
      if (i >= end) break;

      // Process one verb.
      i++;
      this.fmt.clearflags();
      simpleFormat: for (; i < end; i++) {
        const c = format[i];
        switch (c) {
          case '#':
            this.fmt.sharp = true;
            break;
          case '0':
            this.fmt.zero = true;
            break;
          case '+':
            this.fmt.plus = true;
            break;
          case '-':
            this.fmt.minus = true;
            break;
          case ' ':
            this.fmt.space = true;
            break;
          default:
            // Fast path: flags and a lower-case verb, no width, precision or index.
            if (c >= 'a' && c <= 'z' && argNum < a.length) {
              if (c === 'v' || c === 'w') this.setV();
              // %w wraps errors for Errorf only; Sprintf reports it.
              if (c === 'w') this.badVerb('w', a[argNum]);
              else this.printArg(a[argNum], c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simpleFormat;
        }
      }

      // An explicit argument index?
      [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);

      // Width.
      if (i < end && format[i] === '*') {
        i++;
        [this.fmt.wid, this.fmt.widPresent, argNum] = intFromArg(a, argNum);
        if (!this.fmt.widPresent) this.write(badWidthString);
        // A negative width means the minus flag; no zero padding to the right.
        if (this.fmt.wid < 0) {
          this.fmt.wid = -this.fmt.wid;
          this.fmt.minus = true;
          this.fmt.zero = false;
        }
        afterIndex = false;
      } else {
        [this.fmt.wid, this.fmt.widPresent, i] = parsenum(format, i, end);
        if (afterIndex && this.fmt.widPresent) this.goodArgNum = false; // "%[3]2d"
      }

      // Precision.
      if (i + 1 < end && format[i] === '.') {
        i++;
        if (afterIndex) this.goodArgNum = false; // "%[3].2d"
        [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
        if (i < end && format[i] === '*') {
          i++;
          [this.fmt.prec, this.fmt.precPresent, argNum] = intFromArg(a, argNum);
          // A negative precision means none.
          if (this.fmt.prec < 0) {
            this.fmt.prec = 0;
            this.fmt.precPresent = false;
          }
          if (!this.fmt.precPresent) this.write(badPrecString);
          afterIndex = false;
        } else {
          [this.fmt.prec, this.fmt.precPresent, i] = parsenum(format, i, end);
          if (!this.fmt.precPresent) {
            this.fmt.prec = 0;
            this.fmt.precPresent = true;
          }
        }
      }

      if (!afterIndex) [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);

      if (i >= end) {
        this.write(noVerbString);
        break;
      }

      const cp = format.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      const verb = runeString(cp);

      if (verb === '%') {
        // %% takes no operand and ignores width and precision.
        this.write('%');
      } else if (!this.goodArgNum) {
        this.write(percentBangString + verb + badIndexString);
      } else if (argNum >= a.length) {
        this.write(percentBangString + verb + missingString);
      } else {
        if (verb === 'v' || verb === 'w') this.setV();
        if (verb === 'w') this.badVerb('w', a[argNum]);
        else this.printArg(a[argNum], verb);
        argNum++;
      }
    }

    // Operands left over are reported, unless indexes reordered them (then it is
    // arguably fine not to use them all).
    if (!this.reordered && argNum < a.length) {
      this.fmt.clearflags();
      this.write(extraString);
      a.slice(argNum).forEach((arg, k) => {
        if (k > 0) this.write(', ');
        if (arg === null || arg === undefined) {
          this.write(nilAngleString);
        } else {
          this.write(goTypeName(arg) + '=');
          this.printArg(arg, 'v');
        }
      });
      this.write(')');
    }
  }

  /**
   * argNumber: the operand a `[n]` at format[i] selects, the index after it, and whether
   * there was one. A bad index keeps argNum and marks the verb BADINDEX.
   */
  argNumber(argNum: number, format: string, i: number, numArgs: number): [number, number, boolean] {
    if (format.length <= i || format[i] !== '[') return [argNum, i, false];
    this.reordered = true;
    const [index, wid, ok] = parseArgNumber(format.slice(i));
    if (ok && index >= 0 && index < numArgs) return [index, i + wid, true];
    this.goodArgNum = false;
    return [argNum, i + wid, ok];
  }
}

/** tooLarge: widths and precisions beyond a million are not believed. */
function tooLarge(x: number): boolean {
  return x > 1e6 || x < -1e6;
}

/** parsenum: the decimal number at format[start:end], if any, and the index after it. */
function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0;
  let isnum = false;
  let newi = start;
  for (; newi < end && s[newi] >= '0' && s[newi] <= '9'; newi++) {
    if (tooLarge(num)) return [0, false, end]; // overflow: a crazy long number
    num = num * 10 + (s.charCodeAt(newi) - 0x30);
    isnum = true;
  }
  return [num, isnum, newi];
}

/** parseArgNumber: the 0-based index in "[n]", the bytes to consume, and whether it parsed. */
function parseArgNumber(format: string): [number, number, boolean] {
  if (format.length < 3) return [0, 1, false];
  for (let i = 1; i < format.length; i++) {
    if (format[i] === ']') {
      const [width, ok, newi] = parsenum(format, 1, i);
      if (!ok || newi !== i) return [0, i + 1, false];
      return [width - 1, i + 1, true];
    }
  }
  return [0, 1, false];
}

/** intFromArg: the operand for a `*` width or precision; it must be an int. */
function intFromArg(a: GoValue[], argNum: number): [number, boolean, number] {
  let num = 0;
  let isInt = false;
  let newArgNum = argNum;
  if (argNum < a.length) {
    const v = a[argNum];
    if (isGoInt(v)) {
      const n = BigInt.asIntN(64, intValue(v));
      num = n > 10n ** 7n ? 1e7 : n < -(10n ** 7n) ? -1e7 : Number(n);
      isInt = true;
    }
    newArgNum = argNum + 1;
    if (tooLarge(num)) {
      num = 0;
      isInt = false;
    }
  }
  return [num, isInt, newArgNum];
}

// ---------------------------------------------------------------------------------
// Public entry points

/** fmt.Sprintf */
export function sprintf(format: string, args: GoValue[]): string {
  const p = new Printer();
  p.doPrintf(format, args);
  return p.buf;
}

/** fmt's %v of one value; top=false prints it as an element inside a composite. */
export function formatV(v: GoValue, top = true): string {
  const p = new Printer();
  if (top) p.printArg(v, 'v');
  else p.printValue(v, 'v', 1);
  return p.buf;
}

/** fmt.Sprint: operands joined, a space only between two operands when neither is a string. */
export function sprint(args: GoValue[]): string {
  const p = new Printer();
  let prevString = false;
  args.forEach((arg, i) => {
    const isString = typeof arg === 'string';
    if (i > 0 && !isString && !prevString) p.fmt.buf += ' ';
    p.fmt.clearflags();
    p.printArg(arg, 'v');
    prevString = isString;
  });
  return p.buf;
}

/** fmt.Sprintln: always a space between operands, and a newline. */
export function sprintln(args: GoValue[]): string {
  const p = new Printer();
  args.forEach((arg, i) => {
    if (i > 0) p.fmt.buf += ' ';
    p.fmt.clearflags();
    p.printArg(arg, 'v');
  });
  return p.buf + '\n';
}
