import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 218:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1320);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1320:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/action/event.ts
/**
 * What the workflow run is about, read once from the runner's environment
 * and the webhook payload into a small discriminated union.
 */

const ZERO_SHA = '0000000000000000000000000000000000000000';
/** Reads the run's context; throws with a clear message when the runner's variables are missing. */
function readContext(env) {
    const need = (name) => {
        const value = env[name];
        if (value === undefined || value === '')
            throw new Error(`${name} is not set: blueprint-docs runs as a step of a GitHub Actions job`);
        return value;
    };
    const [owner = '', repo = ''] = need('GITHUB_REPOSITORY').split('/');
    const name = need('GITHUB_EVENT_NAME');
    const payload = readPayload(env['GITHUB_EVENT_PATH']);
    const ref = env['GITHUB_REF'] ?? '';
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    const sha = env['GITHUB_SHA'] ?? '';
    const server = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
    const runUrl = env['GITHUB_RUN_ID']
        ? `${server}/${owner}/${repo}/actions/runs/${env['GITHUB_RUN_ID']}`
        : undefined;
    // owner/repo/.github/workflows/x.yml@refs/heads/main -> .github/workflows/x.yml
    const workflowRef = env['GITHUB_WORKFLOW_REF'];
    const workflowFile = workflowRef?.split('@')[0]?.split('/').slice(2).join('/') || undefined;
    return {
        event: toEvent(name, payload, { branch, sha }),
        owner,
        repo,
        sha,
        workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
        ...(workflowFile ? { workflowFile } : {}),
        ...(runUrl ? { runUrl } : {})
    };
}
function readPayload(file) {
    if (!file)
        return {};
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return typeof parsed === 'object' && parsed !== null ? parsed : {};
    }
    catch (error) {
        throw new Error(`the event payload ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
}
const str = (value) => (typeof value === 'string' ? value : undefined);
const obj = (value) => typeof value === 'object' && value !== null ? value : {};
function toEvent(name, payload, fallback) {
    if (name === 'push') {
        const ref = str(payload['ref']) ?? '';
        return {
            kind: 'push',
            before: str(payload['before']) ?? ZERO_SHA,
            after: str(payload['after']) ?? fallback.sha,
            ...(ref.startsWith('refs/heads/') ? { branch: ref.slice('refs/heads/'.length) } : {}),
            ...(str(obj(payload['repository'])['default_branch'])
                ? { defaultBranch: str(obj(payload['repository'])['default_branch']) }
                : {}),
            deleted: payload['deleted'] === true,
            forced: payload['forced'] === true
        };
    }
    if (name === 'pull_request' || name === 'pull_request_target') {
        const pr = obj(payload['pull_request']);
        const base = obj(pr['base']);
        const head = obj(pr['head']);
        const baseRepo = str(obj(base['repo'])['full_name']);
        const headRepo = str(obj(head['repo'])['full_name']);
        return {
            kind: 'pull_request',
            number: typeof payload['number'] === 'number' ? payload['number'] : Number(pr['number'] ?? 0),
            baseSha: str(base['sha']) ?? '',
            headSha: str(head['sha']) ?? fallback.sha,
            baseRef: str(base['ref']) ?? '',
            headRef: str(head['ref']) ?? '',
            fork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo
        };
    }
    return { kind: 'other', name, ...(fallback.branch ? { branch: fallback.branch } : {}) };
}

;// CONCATENATED MODULE: ./src/project/changes.ts
/**
 * Which blueprints a run must regenerate: from the local clone when its
 * history answers, else from the REST API, else — when even that is cut
 * short — every blueprint. picomatch decides which changed paths are
 * blueprints. The action loads this module at start-up, so it stays light:
 * no engine imports.
 */


/** Blueprints deleted or renamed away, as the selection names them (none when every blueprint is selected). */
function removedBlueprints(detected) {
    return detected.selection.kind === 'paths' ? (detected.selection.removed ?? []) : [];
}
const ALL = (reason, base) => ({
    selection: { kind: 'all' },
    reason,
    renames: new Map(),
    ...(base ? { base } : {})
});
/** Decides the selection for one run. */
async function detectChanges(options) {
    const { event } = options;
    if (options.all)
        return ALL('input "all" is true: every blueprint');
    if (event.kind === 'other')
        return ALL(`a ${event.name} event: every blueprint`);
    const found = event.kind === 'push' ? await pushChanges(options, event) : await pullChanges(options, event);
    if (found.kind === 'all')
        return ALL(found.reason, found.base);
    return fromChanges(options, found);
}
async function pushChanges(options, event) {
    const { git, api } = options;
    if (event.deleted)
        return { kind: 'files', files: [], source: 'the branch was deleted' };
    const newBranch = event.before === ZERO_SHA;
    if (!newBranch && !event.forced) {
        // Neither new nor forced: a fast-forward, so `before` is an ancestor of `after` and one
        // `git diff` answers. It fails only when an object is missing (a shallow clone): then ask
        // GitHub.
        const local = await git.changes(event.before, event.after).catch(() => undefined);
        if (local !== undefined)
            return {
                kind: 'files',
                files: local,
                base: event.before,
                source: `git diff ${changes_short(event.before)}..${changes_short(event.after)}`
            };
        // Only a plain fast-forward is measured from `before`.
        const compared = await api.compare(event.before, event.after);
        if (compared.status === 'ahead' || compared.status === 'identical') {
            if (!compared.complete)
                return {
                    kind: 'all',
                    reason: 'the compare API listed 300 files, its limit: every blueprint'
                };
            return {
                kind: 'files',
                files: compared.files,
                base: event.before,
                source: `the compare API ${changes_short(event.before)}...${changes_short(event.after)}`
            };
        }
    }
    // A new branch, or a force push (`before` no ancestor of `after`): measure against the default branch's merge base.
    const defaultBranch = event.defaultBranch;
    if (defaultBranch === undefined)
        return {
            kind: 'all',
            reason: 'a new or force-pushed branch and no default branch in the payload: every blueprint'
        };
    if (event.branch === defaultBranch)
        return {
            kind: 'all',
            reason: `a ${newBranch ? 'first' : 'force'} push of the default branch: every blueprint`
        };
    const local = await git.resolve(`refs/remotes/origin/${defaultBranch}`);
    if (local !== undefined && (await localHas(git, event.after, local))) {
        const base = await git.mergeBase(local, event.after);
        if (base !== undefined) {
            return {
                kind: 'files',
                files: await git.changes(base, event.after),
                base,
                source: `git diff against the merge base with ${defaultBranch}`
            };
        }
    }
    const compared = await api.compare(defaultBranch, event.after);
    if (!compared.complete)
        return { kind: 'all', reason: 'the compare API listed 300 files, its limit: every blueprint' };
    return {
        kind: 'files',
        files: compared.files,
        source: `the compare API ${defaultBranch}...${changes_short(event.after)}`
    };
}
async function pullChanges(options, event) {
    const { git, api } = options;
    if (await localHas(git, event.baseSha, event.headSha)) {
        const base = await git.mergeBase(event.baseSha, event.headSha);
        if (base !== undefined)
            return {
                kind: 'files',
                files: await git.changes(base, event.headSha),
                base,
                source: 'git diff from the merge base to the head'
            };
    }
    const listed = await api.pullRequestFiles(event.number);
    if (!listed.complete)
        return {
            kind: 'all',
            reason: 'the pull request lists more than 3,000 files, the API limit: every blueprint'
        };
    return {
        kind: 'files',
        files: listed.files,
        source: `the files of pull request #${event.number}`
    };
}
/** The selection for a list of changed files: blueprints among them, removed ones, renames; config files mean all. */
function fromChanges(options, found) {
    const isBlueprint = picomatch_default()([...options.globs]);
    const prefix = options.prefix === '.' || options.prefix === '' ? '' : `${options.prefix.replace(/\/+$/, '')}/`;
    const local = (p) => (p.startsWith(prefix) ? p.slice(prefix.length) : undefined);
    const config = new Set(options.configFiles);
    const touched = found.files.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]);
    const configChange = touched.find((p) => config.has(p));
    if (configChange !== undefined)
        return ALL(`${configChange} changed: every blueprint`, found.base);
    const paths = [];
    const removed = [];
    const renames = new Map();
    for (const file of found.files) {
        const now = local(file.path);
        const before = file.previousPath !== undefined ? local(file.previousPath) : undefined;
        if (file.status === 'removed') {
            if (now !== undefined && isBlueprint(now))
                removed.push(now);
            continue;
        }
        if (now !== undefined && isBlueprint(now)) {
            paths.push(now);
            if (before !== undefined && isBlueprint(before))
                renames.set(now, before);
        }
        if (file.status === 'renamed' && before !== undefined && isBlueprint(before))
            removed.push(before);
    }
    const count = paths.length + removed.length;
    return {
        selection: { kind: 'paths', paths, removed },
        reason: `${found.source}: ${count === 0 ? 'no blueprint changed' : `${count} blueprint${count === 1 ? '' : 's'} changed`}`,
        renames,
        ...(found.base ? { base: found.base } : {})
    };
}
async function localHas(git, ...shas) {
    for (const sha of shas)
        if (!(await git.hasCommit(sha)))
            return false;
    return true;
}
const changes_short = (sha) => sha.slice(0, 7);

// EXTERNAL MODULE: ./src/engine/model.ts
var model = __nccwpck_require__(1123);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __nccwpck_require__(4886);
;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * The only reader of the action's inputs: turns `INPUT_*` into one typed,
 * readonly configuration, or an error that names the input, the value given
 * and what was expected. Input and output names live here and nowhere else.
 */

const INPUT = {
    mode: 'mode',
    blueprints: 'blueprints',
    output: 'output',
    template: 'template',
    all: 'all',
    token: 'token',
    commitMessage: 'commit-message',
    commentTag: 'comment-tag',
    workingDirectory: 'working-directory'
};
const OUTPUT = {
    blueprints: 'blueprints',
    changedDocs: 'changed-docs',
    staleDocs: 'stale-docs',
    commitSha: 'commit-sha',
    commentUrl: 'comment-url'
};
const MODES = ['commit', 'comment', 'check'];
function envInputs(env) {
    return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
class InputError extends Error {
    name = 'InputError';
}
/** Parses every input once. Throws {@link InputError} on a value that cannot be meant. */
function readConfig(input) {
    const modeText = input(INPUT.mode) || 'auto';
    let modes = 'auto';
    if (modeText.toLowerCase() !== 'auto') {
        const given = modeText
            .split(',')
            .map((m) => m.trim().toLowerCase())
            .filter(Boolean);
        const unknown = given.filter((m) => !MODES.includes(m));
        if (unknown.length > 0 || given.length === 0) {
            throw new InputError(`input "${INPUT.mode}" is "${modeText}"; expected "auto" or a comma-separated list of ${MODES.join(', ')}`);
        }
        modes = new Set(given);
    }
    const globs = input(INPUT.blueprints)
        .split('\n')
        .map((g) => g.trim())
        .filter((g) => g !== '' && !g.startsWith('#'));
    const all = input(INPUT.all).toLowerCase() || 'false';
    if (!['true', 'false'].includes(all))
        throw new InputError(`input "${INPUT.all}" is "${all}"; expected true or false`);
    const tag = input(INPUT.commentTag) || 'blueprint-docs';
    const template = input(INPUT.template);
    return {
        modes,
        globs: globs.length > 0 ? globs : [...paths/* DEFAULT_BLUEPRINT_GLOBS */.wu],
        output: input(INPUT.output) || paths/* DEFAULT_OUTPUT */.Ol,
        ...(template !== '' ? { template } : {}),
        all: all === 'true',
        token: input(INPUT.token),
        commitMessage: input(INPUT.commitMessage) || 'docs: regenerate architecture docs',
        commentTag: tag,
        workingDirectory: input(INPUT.workingDirectory) || '.'
    };
}
/** The modes to run for an event: `auto` means comment on pull requests and commit on everything else. */
function resolveModes(config, isPullRequest) {
    if (config.modes !== 'auto')
        return config.modes;
    return new Set([isPullRequest ? 'comment' : 'commit']);
}

;// CONCATENATED MODULE: ./src/project/outcome.ts
/** True for outcomes that change a file. */
function isChange(outcome) {
    return outcome.kind === 'created' || outcome.kind === 'updated' || outcome.kind === 'deleted';
}
/** Every problem of the plan, in file order. */
function problemsOf(planned) {
    return planned.items.flatMap((i) => (i.outcome.kind === 'invalid' ? [...i.outcome.problems] : []));
}
/** Committed documents that differ from what their blueprint generates now, each with its blueprint. */
function staleDocuments(plan) {
    return plan.items.flatMap((i) => isChange(i.outcome) ? [{ document: i.outcome.document, blueprint: i.blueprint }] : []);
}

;// CONCATENATED MODULE: ./src/action/run.ts
/**
 * The action's job, phase by phase: which blueprints, plan, then each mode
 * (commit, comment, check), the job summary and the outputs. Everything that
 * touches the world comes in through {@link ActionDeps}; main.ts wires the
 * real ones.
 */






const MAX_COMMIT_ATTEMPTS = 4;
/** Said with a refused write on a pull request, where a fork is the usual reason (not on a push). */
const FORK_TOKEN = 'A pull request from a fork always gets a read-only token, whatever the workflow asks for.';
async function runAction(deps) {
    const { report } = deps;
    const state = {
        summary: ['## Architecture docs (blueprint-docs)\n'],
        commitSha: '',
        changedDocs: [],
        commentUrl: '',
        stale: [],
        failed: false
    };
    try {
        await runModes(deps, state);
    }
    catch (error) {
        // Whatever went wrong, the summary and the outputs still tell what was done before it.
        const message = error instanceof Error ? error.message : String(error);
        report.error(message);
        state.summary.push(`### Failed\n\n${message
            .split('\n')
            .map((l) => `> ${l}`)
            .join('\n')}\n`);
        state.failed = true;
    }
    const problems = state.plan ? problemsOf(state.plan) : [];
    if (problems.length > 0)
        state.summary.push(await problemSummary(problems));
    await report.summary(state.summary.join('\n'));
    report.setOutput(OUTPUT.blueprints, JSON.stringify(state.plan?.blueprints ?? []));
    report.setOutput(OUTPUT.changedDocs, JSON.stringify(state.changedDocs));
    report.setOutput(OUTPUT.staleDocs, JSON.stringify(state.stale.map((s) => s.document)));
    report.setOutput(OUTPUT.commitSha, state.commitSha);
    report.setOutput(OUTPUT.commentUrl, state.commentUrl);
    if (problems.length > 0)
        report.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in blueprints or their documents; see the annotations`);
    return { failed: state.failed || problems.length > 0 };
}
/**
 * The command that fixes stale documents, with this run's options. Only comment and check print it,
 * and it lives beside the document diff (the `diff` library), so it is loaded only then.
 */
async function fixCommandOf(config) {
    const { fixCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(536)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2536));
    const { VERSION } = await __nccwpck_require__.e(/* import() */ 856).then(__nccwpck_require__.bind(__nccwpck_require__, 5856));
    return fixCommand({
        ...(config.globs.join('\n') !== paths/* DEFAULT_BLUEPRINT_GLOBS */.wu.join('\n')
            ? { blueprints: [...config.globs] }
            : {}),
        output: config.output,
        ...(config.template ? { template: config.template } : {})
    }, { version: VERSION });
}
async function runModes(deps, state) {
    const { config, context, report } = deps;
    const modes = chooseModes(deps);
    const detected = await report.group('Which blueprints', async () => {
        const found = await detectChanges({
            event: context.event,
            all: config.all,
            globs: config.globs,
            git: deps.git,
            api: deps.api,
            configFiles: [
                ...(config.template ? [joinPrefix(deps.prefix, config.template)] : []),
                ...(context.workflowFile ? [context.workflowFile] : [])
            ],
            prefix: deps.prefix
        });
        report.info(found.reason);
        return found;
    });
    let planned = await report.group('Generate', async () => {
        const p = await makePlan(deps, detected.selection);
        for (const item of p.items)
            report.info(describe(item));
        return p;
    });
    state.plan = planned;
    state.stale = staleDocuments(planned);
    state.summary.push(reasonLine(detected, planned));
    annotateProblems(problemsOf(planned), report, deps.prefix);
    if (modes.has('commit')) {
        const committed = await report.group('Commit', () => commitDocuments(deps, planned, detected.selection));
        planned = state.plan = committed.plan;
        state.commitSha = committed.sha ?? '';
        state.summary.push(committed.summary);
        if (committed.sha !== undefined) {
            const { apply } = await Promise.all(/* import() */[__nccwpck_require__.e(379), __nccwpck_require__.e(525), __nccwpck_require__.e(714), __nccwpck_require__.e(974)]).then(__nccwpck_require__.bind(__nccwpck_require__, 974));
            state.changedDocs = await apply((await deps.repository()).workspace, planned);
            state.stale = [];
        }
        if (committed.fallBackToComment)
            modes.add('comment');
    }
    if (modes.has('comment')) {
        const commented = await report.group('Comment', async () => postComment(deps, planned, detected, state.stale, await fixCommandOf(config)));
        state.commentUrl = commented.url ?? '';
        state.summary.push(commented.summary);
    }
    if (modes.has('check')) {
        // What is stale is what state.stale says: after a commit in the same run, nothing.
        const stale = state.stale.length === 0 ? [] : planned.items.filter((i) => isChange(i.outcome));
        const fix = stale.length > 0 ? await fixCommandOf(config) : '';
        state.summary.push(await checkSummary(stale, fix));
        for (const s of state.stale) {
            report.error(`${s.document} is out of date with its blueprint ${s.blueprint}; run \`${fix}\` and commit the result`, { file: joinPrefix(deps.prefix, s.document) });
            report.error(`the document of this blueprint, ${s.document}, is out of date; run \`${fix}\``, { file: joinPrefix(deps.prefix, s.blueprint), line: 1 });
        }
        if (state.stale.length > 0) {
            report.error(`${state.stale.length} document${state.stale.length === 1 ? ' is' : 's are'} out of date: run \`${fix}\` and commit the result`);
            state.failed = true;
        }
    }
}
function chooseModes(deps) {
    const event = deps.context.event;
    const modes = new Set(resolveModes(deps.config, event.kind === 'pull_request'));
    if (modes.has('comment') && event.kind !== 'pull_request') {
        deps.report.warning(`mode "comment" needs a pull_request event and this is a ${event.kind === 'other' ? event.name : event.kind} event: no comment`);
        modes.delete('comment');
    }
    return modes;
}
/** What `plan` gives for a selection of nothing, without loading it: no items, no blueprints. */
const NOTHING = { items: [], blueprints: [] };
/** The plan for `selection` on the checkout, or on `workspace` (a moved branch's files) when given. */
async function makePlan(deps, selection, workspace) {
    // The common push touches no blueprint: answer it without the engine (start-up, issue 6).
    if (selection.kind === 'paths' &&
        selection.paths.length === 0 &&
        (selection.removed ?? []).length === 0)
        return NOTHING;
    const { config } = deps;
    const [{ plan }, repository] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(379), __nccwpck_require__.e(525), __nccwpck_require__.e(714), __nccwpck_require__.e(974)]).then(__nccwpck_require__.bind(__nccwpck_require__, 974)),
        deps.repository()
    ]);
    return plan({
        workspace: workspace ?? repository.workspace,
        globs: config.globs,
        output: config.output,
        template: repository.template,
        selection,
        generatedAt: (b) => repository.generatedAt(b)
    });
}
/**
 * Commits the plan's changes through the Git Data API. When the branch moved
 * meanwhile, reads what changed on it, regenerates on the new head and tries
 * again, a bounded number of times. Never forces.
 */
async function commitDocuments(deps, first, selection) {
    const { context, report, api, config } = deps;
    const event = context.event;
    const target = event.kind === 'push'
        ? { branch: event.branch, parent: event.after }
        : event.kind === 'pull_request'
            ? { branch: event.headRef, parent: event.headSha }
            : { branch: event.branch, parent: context.sha };
    if (event.kind === 'pull_request' && event.fork) {
        report.warning('this pull request comes from a fork, whose token is read-only: no commit; the changes go to the comment instead');
        return {
            plan: first,
            summary: '### Commit\n\nNot possible from a fork: the documents are shown in the comment instead.\n',
            fallBackToComment: true
        };
    }
    if (target.branch === undefined) {
        report.warning('this run is not on a branch (a tag?): nothing to commit to');
        return {
            plan: first,
            summary: '### Commit\n\nNot on a branch: nothing committed.\n',
            fallBackToComment: false
        };
    }
    let current = first;
    let parent = target.parent;
    for (let attempt = 1; attempt <= MAX_COMMIT_ATTEMPTS; attempt++) {
        const changes = fileChanges(current, deps.prefix);
        if (changes.length === 0) {
            report.info(attempt === 1
                ? 'every document is up to date: no commit'
                : 'after the branch moved, every document is up to date: no commit');
            return {
                plan: current,
                summary: '### Commit\n\nEvery document is up to date: no commit.\n',
                fallBackToComment: false
            };
        }
        let outcome;
        try {
            outcome = await api.commitFiles({
                branch: target.branch,
                parent,
                message: config.commitMessage,
                changes
            });
        }
        catch (error) {
            const denied = await asPermissionError(error);
            if (denied && event.kind === 'pull_request') {
                report.warning(`${denied.message}\n${FORK_TOKEN}\nThe changes go to the comment instead.`);
                return {
                    plan: current,
                    summary: '### Commit\n\nThe token may not write: the documents are shown in the comment instead.\n',
                    fallBackToComment: true
                };
            }
            throw error;
        }
        if (outcome.kind === 'committed') {
            report.info(`committed ${changes.length} document change${changes.length === 1 ? '' : 's'} to ${target.branch}: ${outcome.sha}`);
            // Paths come from blueprint file names: a backtick in one must not end the code span early.
            const { safeInline } = await __nccwpck_require__.e(/* import() */ 469).then(__nccwpck_require__.bind(__nccwpck_require__, 1850));
            const list = changes
                .map((c) => `- ${'delete' in c ? 'deleted' : 'wrote'} ${safeInline(c.path, { style: 'code' })}`)
                .join('\n');
            return {
                plan: current,
                sha: outcome.sha,
                summary: `### Commit\n\nCommitted ${outcome.sha} to \`${target.branch}\`:\n\n${list}\n`,
                fallBackToComment: false
            };
        }
        if (outcome.kind === 'unchanged') {
            report.info('the branch already holds these documents: no commit');
            return {
                plan: current,
                summary: '### Commit\n\nThe branch already holds these documents: no commit.\n',
                fallBackToComment: false
            };
        }
        const head = await api.headOf(target.branch);
        report.info(`${target.branch} moved from ${parent.slice(0, 7)} to ${head.slice(0, 7)} meanwhile: regenerating on the new head (attempt ${attempt + 1} of ${MAX_COMMIT_ATTEMPTS})`);
        const moved = await api.compare(parent, head);
        if (!moved.complete) {
            // Past the API's 300 files we cannot know which blueprints moved with it: regenerating on a
            // half-known head could commit documents of old blueprints. Better no commit than a wrong one.
            throw new Error(`${target.branch} moved by more files than the compare API lists (300) meanwhile: nothing committed (the next run regenerates on the new head)`);
        }
        const overlay = overlayWorkspace((await deps.repository()).workspace, deps.prefix, moved.files, (file) => api.readFile(head, file));
        current = await makePlan(deps, selection, overlay);
        parent = head;
    }
    throw new Error(`${target.branch} kept moving: gave up after ${MAX_COMMIT_ATTEMPTS} attempts, nothing committed (the next run will try again)`);
}
function fileChanges(planned, prefix) {
    return planned.items.flatMap((i) => {
        const o = i.outcome;
        if (o.kind === 'created' || o.kind === 'updated')
            return [{ path: joinPrefix(prefix, o.document), content: o.rendered.text }];
        if (o.kind === 'deleted')
            return [{ path: joinPrefix(prefix, o.document), delete: true }];
        return [];
    });
}
/**
 * The workspace as it is at the branch's new head: files the new commits
 * changed are read from GitHub, everything else from the checkout.
 */
function overlayWorkspace(base, prefix, changed, read) {
    const strip = (p) => prefix === '.' || prefix === ''
        ? p
        : p.startsWith(`${prefix}/`)
            ? p.slice(prefix.length + 1)
            : undefined;
    const fresh = new Set();
    const gone = new Set();
    for (const f of changed) {
        const p = strip(f.path);
        if (p !== undefined)
            (f.status === 'removed' ? gone : fresh).add(p);
        const old = f.previousPath !== undefined ? strip(f.previousPath) : undefined;
        if (old !== undefined)
            gone.add(old);
    }
    return {
        root: base.root,
        async read(file) {
            if (fresh.has(file))
                return read(joinPrefix(prefix, file));
            if (gone.has(file))
                return undefined;
            return base.read(file);
        },
        write: () => Promise.reject(new Error('the overlay of a moved branch is read-only')),
        remove: () => Promise.reject(new Error('the overlay of a moved branch is read-only')),
        async list(globs) {
            const listed = new Set((await base.list(globs)).filter((f) => !gone.has(f)));
            const { default: picomatch } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4006, 23));
            const match = picomatch([...globs]);
            for (const f of fresh)
                if (match(f))
                    listed.add(f);
            return [...listed].sort();
        }
    };
}
// ---------------------------------------------------------------- comment
async function postComment(deps, planned, detected, stale, fix) {
    const { context, report, api, config } = deps;
    const event = context.event;
    if (event.kind !== 'pull_request')
        return { summary: '' };
    const [{ buildReviews }, { buildComment, commentMarker }, repository] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(379), __nccwpck_require__.e(525), __nccwpck_require__.e(714), __nccwpck_require__.e(681)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6681)),
        Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(525), __nccwpck_require__.e(455)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6455)),
        deps.repository()
    ]);
    const base = detected.base ?? event.baseSha;
    const git = deps.git;
    const readBase = async (file) => {
        const repoPath = joinPrefix(deps.prefix, file);
        if (await git.hasCommit(base))
            return git.show(base, repoPath);
        return api.readFile(base, repoPath);
    };
    const reviews = await buildReviews({
        plan: planned,
        readBase,
        renames: detected.renames,
        removed: removedBlueprints(detected),
        template: repository.template,
        output: config.output
    });
    const built = buildComment({
        tag: config.commentTag,
        reviews,
        stale,
        fixCommand: fix,
        ...(context.runUrl ? { summaryUrl: context.runUrl } : {})
    });
    const marker = commentMarker(config.commentTag);
    const summary = `### Pull-request comment\n\n${built.full}\n`;
    try {
        const existing = await api.findStickyComment(event.number, marker);
        if (existing) {
            if (existing.body === built.body) {
                report.info(`the comment is already up to date: ${existing.url}`);
                return { url: existing.url, summary };
            }
            const updated = await api.updateComment(existing.id, built.body);
            report.info(`updated the comment in place (${built.tier}): ${updated.url}`);
            return { url: updated.url, summary };
        }
        if (reviews.length === 0 && stale.length === 0) {
            report.info('no architecture or document changes and no earlier comment: nothing to post');
            return { summary };
        }
        const created = await api.createComment(event.number, built.body);
        report.info(`posted the comment (${built.tier}): ${created.url}`);
        return { url: created.url, summary };
    }
    catch (error) {
        const denied = await asPermissionError(error);
        if (denied) {
            // A fork's read-only token is the normal case, not a failure: the review is in the job summary.
            report.warning(`${denied.message}\n${FORK_TOKEN}\nThe review is in the job summary instead.`);
            return { summary };
        }
        throw error;
    }
}
// ---------------------------------------------------------------- summary
function reasonLine(detected, planned) {
    const n = planned.blueprints.length;
    return `${detected.reason}. ${n} blueprint${n === 1 ? '' : 's'} processed.\n`;
}
/** The API's "the token may not" error, or undefined; its module is loaded already whenever an API call failed. */
async function asPermissionError(error) {
    const { PermissionError } = await Promise.all(/* import() */[__nccwpck_require__.e(239), __nccwpck_require__.e(401)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2401));
    return error instanceof PermissionError ? error : undefined;
}
async function checkSummary(stale, fix) {
    if (stale.length === 0)
        return '### Check\n\nEvery document is up to date.\n';
    const [{ documentDiff }, { fence }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(536)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2536)),
        __nccwpck_require__.e(/* import() */ 469).then(__nccwpck_require__.bind(__nccwpck_require__, 1850))
    ]);
    const parts = [
        `### Check\n\n${stale.length} document${stale.length === 1 ? ' is' : 's are'} out of date. Fix: \`${fix}\`, then commit.\n`
    ];
    for (const item of stale) {
        const o = item.outcome;
        if (!isChange(o))
            continue;
        const diff = o.kind === 'created' ? `${o.document} is missing.` : documentDiff(o);
        parts.push(`<details><summary>${escapeHtml(o.document)}</summary>\n\n${fence(diff, 'diff')}\n\n</details>\n`);
    }
    return parts.join('\n');
}
async function problemSummary(problems) {
    // Messages quote blueprint text: the comment's one helper keeps each on its line, in code.
    const { safeInline } = await __nccwpck_require__.e(/* import() */ 469).then(__nccwpck_require__.bind(__nccwpck_require__, 1850));
    return `### Problems\n\n${problems.map((p) => `- ${safeInline((0,model/* formatProblem */.Vw)(p), { style: 'code' })}`).join('\n')}\n`;
}
function annotateProblems(problems, report, prefix) {
    for (const p of problems)
        report.error(p.message, { file: joinPrefix(prefix, p.file), line: p.line, col: p.col });
}
function describe(item) {
    const o = item.outcome;
    switch (o.kind) {
        case 'unchanged':
            return `${o.document} unchanged apart from generated_at: nothing to write`;
        case 'created':
            return `${o.document}: new document for ${item.blueprint}`;
        case 'updated':
            return `${o.document}: regenerated from ${item.blueprint}`;
        case 'deleted':
            return `${o.document}: its blueprint ${item.blueprint} is gone, so the document goes too`;
        case 'invalid':
            return `${item.blueprint}: invalid, nothing written for it (${o.problems.length} problem${o.problems.length === 1 ? '' : 's'})`;
    }
}
function joinPrefix(prefix, file) {
    return prefix === '.' || prefix === '' ? file : external_node_path_default().posix.join(prefix, file);
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// EXTERNAL MODULE: ./src/adapters/git.ts
var git = __nccwpck_require__(6960);
;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * The GitHub Actions runner, spoken to directly: workflow commands on stdout
 * (`::error file=…,line=…::message`, `::group::`, `::add-mask::`), outputs
 * appended to the `GITHUB_OUTPUT` file and the job summary to
 * `GITHUB_STEP_SUMMARY`, failure as exit code 1.
 *
 * Why not `@actions/core`: start-up. The action runs on every push of every
 * repository that uses it, and most of those pushes change no blueprint, so
 * the whole run should cost little more than Node's own start (issue 6:
 * ≤ 1.5× `node -e 0`). `@actions/core` imports its OIDC helper at load time,
 * which imports `@actions/http-client` and with it undici: ~50 ms and 1 MB
 * before the first line of ours runs, for a token we never ask for. The
 * protocol itself is small and documented ("Workflow commands for GitHub
 * Actions"); this file writes byte for byte what `@actions/core` 3.0 writes.
 */

/** `os.EOL`, without loading `node:os` at start-up for one constant. */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/** GitHub refuses a step summary over 1 MiB; leave room for the note that says it was cut. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;
/** A command's message: `%`, CR and LF percent-encoded, so a message is always one line. */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A command property's value: as {@link escapeData}, plus `:` and `,`, which end a value. */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * One workflow command line, without the line ending: `::name key=value,key=value::message`.
 * Properties with an empty value (undefined, '', 0) are left out, as the runner's toolkit does.
 */
function workflowCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    return `::${name}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}
/**
 * `ghadelimiter_` and a version-4-shaped UUID. Not `crypto.randomUUID()`: loading `node:crypto` costs
 * ~4 ms at start-up, a third of the budget. The delimiter needs no secrecy: {@link outputEntry}
 * refuses a name or value that contains it, so no value can end its heredoc early.
 */
function randomDelimiter() {
    const hex = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
    return `ghadelimiter_${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
}
/** One entry of the `GITHUB_OUTPUT` file, without the final line ending: `name<<DELIMITER`, the value, `DELIMITER`. */
function outputEntry(name, value, delimiter) {
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}
/** The runner of this process (or, for tests, of `options`). */
function runner(options = {}) {
    const env = options.env ?? process.env;
    const write = options.write ?? ((text) => void process.stdout.write(text));
    const fail = options.fail ?? (() => void (process.exitCode = 1));
    const delimiter = options.delimiter ?? randomDelimiter;
    const issue = (name, properties, message) => write(workflowCommand(name, properties, message) + EOL);
    const annotate = (level, message, where) => issue(level, where === undefined
        ? {}
        : { title: where.title, file: where.file, line: where.line, col: where.col }, message);
    return {
        info: (message) => write(message + EOL),
        warning: (message, where) => annotate('warning', message, where),
        error: (message, where) => annotate('error', message, where),
        async group(name, fn) {
            issue('group', {}, name);
            try {
                return await fn();
            }
            finally {
                issue('endgroup', {}, '');
            }
        },
        setOutput(name, value) {
            const file = env['GITHUB_OUTPUT'];
            if (!file) {
                // Runners before 2.297 have no output file: the deprecated command is all there is.
                write(EOL);
                issue('set-output', { name }, value);
                return;
            }
            if (!(0,external_node_fs_.existsSync)(file))
                throw new Error(`Missing file at path: ${file}`);
            (0,external_node_fs_.appendFileSync)(file, outputEntry(name, value, delimiter()) + EOL, { encoding: 'utf8' });
        },
        async summary(markdown) {
            const file = env['GITHUB_STEP_SUMMARY'];
            if (!file)
                return;
            try {
                (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
            }
            catch {
                throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
            }
            (0,external_node_fs_.appendFileSync)(file, capSummary(markdown) + EOL, { encoding: 'utf8' });
        },
        setSecret: (secret) => issue('add-mask', {}, secret),
        setFailed(message) {
            fail();
            issue('error', {}, message);
        }
    };
}
/** The summary as GitHub will take it: cut at {@link SUMMARY_LIMIT} bytes, on a character boundary, with a note. */
function capSummary(markdown) {
    const bytes = Buffer.from(markdown);
    if (bytes.length <= SUMMARY_LIMIT)
        return markdown;
    return `${bytes
        .subarray(0, SUMMARY_LIMIT)
        .toString()
        .replace(/\uFFFD$/, '')}\n\n*(cut at GitHub's 1 MiB summary limit)*\n`;
}

// EXTERNAL MODULE: ./src/engine/text.ts
var engine_text = __nccwpck_require__(1655);
;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * Wires the real adapters to the action's job, and is the one place that
 * catches: anything thrown becomes one failed step with a message, never a
 * stack trace with a token in it.
 *
 * Start-up matters here (issue 6: a push that changes no blueprint must cost
 * ≤ 1.5× `node -e 0`), so this file and what it imports statically are kept
 * to the event, the inputs, git and the runner. The repository (template,
 * yaml, Ajv, Handlebars) and the GitHub API (Octokit) are loaded with
 * `import()` the first time the job needs them; ncc emits them as chunk
 * files next to `dist/index.js`.
 */










async function run(env = process.env) {
    const report = runner({ env });
    try {
        const config = readConfig(envInputs(env));
        if (config.token !== '')
            report.setSecret(config.token);
        const context = readContext(env);
        const root = external_node_path_default().resolve(context.workspace, config.workingDirectory);
        const relative = external_node_path_default().relative(external_node_path_default().resolve(context.workspace), root);
        if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
            throw new Error(`input "working-directory" is "${config.workingDirectory}", which is outside the workspace ${context.workspace}`);
        }
        // The folder must exist (the same error as opening the workspace gives), and git runs in its real
        // path. Not `fs/promises`: it loads readline and watchers, ~1 ms at start-up.
        const realRoot = external_node_fs_.realpathSync.native(root);
        const open = () => openRepository(config, root, env);
        // The repository (and with it yaml, Ajv, Handlebars) is opened only when a blueprint is to be
        // generated — except with a template: a broken one fails every run, so it is checked up front.
        let repository;
        if (config.template) {
            const result = await open();
            if (!result.ok) {
                const p = result.problem;
                report.error(p.message, {
                    file: p.file,
                    line: p.line,
                    col: p.col,
                    title: 'blueprint-docs: template'
                });
                report.setFailed((0,model/* formatProblem */.Vw)(p));
                return;
            }
            repository = Promise.resolve(result.repository);
        }
        const result = await runAction({
            config,
            context,
            git: (0,git/* localGit */.s)(realRoot),
            // Without a template, opening cannot report a problem; should it ever, it fails the run like any error.
            repository: () => (repository ??= open().then((r) => r.ok ? r.repository : Promise.reject(new Error((0,model/* formatProblem */.Vw)(r.problem))))),
            api: lazyApi(async () => {
                const { createGitHubApi } = await Promise.all(/* import() */[__nccwpck_require__.e(239), __nccwpck_require__.e(401)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2401));
                return createGitHubApi({
                    token: config.token,
                    owner: context.owner,
                    repo: context.repo,
                    log: { info: (m) => report.info(m), warning: (m) => report.warning(m) }
                });
            }),
            report,
            prefix: await gitPrefix(realRoot, env)
        });
        if (result.failed)
            report.setFailed('blueprint-docs found problems; see the annotations and the job summary');
    }
    catch (error) {
        report.setFailed((0,engine_text/* messageOf */.b)(error));
    }
}
async function openRepository(config, root, env) {
    const { openRepository } = await Promise.all(/* import() */[__nccwpck_require__.e(508), __nccwpck_require__.e(369)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3369));
    return openRepository({
        root,
        ...(config.template ? { template: config.template } : {}),
        sourceDateEpoch: env['SOURCE_DATE_EPOCH'],
        now: () => new Date()
    });
}
/**
 * The working directory's path inside its git repository ('.' at the top), for API paths. A folder
 * with its own `.git` (a repository, or a worktree's or submodule's `.git` file) is the top: git
 * finds it there first. Only otherwise is git asked, which costs a process.
 */
async function gitPrefix(root, env) {
    if (env['GIT_DIR'] === undefined && env['GIT_WORK_TREE'] === undefined && ownGitDir(root))
        return '.';
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['rev-parse', '--show-prefix'], { cwd: root }, (error, stdout) => resolve(error ? '.' : stdout.trim().replace(/\/$/, '') || '.'));
    });
}
function ownGitDir(root) {
    try {
        const dotGit = external_node_path_default().join(root, '.git');
        const stat = (0,external_node_fs_.lstatSync)(dotGit);
        if (stat.isFile())
            return true;
        return stat.isDirectory() && (0,external_node_fs_.statSync)(external_node_path_default().join(dotGit, 'HEAD')).isFile();
    }
    catch {
        return false;
    }
}
/** The GitHub API, created on the first call: a run that needs no API never loads Octokit. */
function lazyApi(create) {
    let api;
    const get = () => (api ??= create());
    return {
        defaultBranch: async () => (await get()).defaultBranch(),
        compare: async (base, head) => (await get()).compare(base, head),
        pullRequestFiles: async (pullNumber) => (await get()).pullRequestFiles(pullNumber),
        headOf: async (branch) => (await get()).headOf(branch),
        readFile: async (ref, file) => (await get()).readFile(ref, file),
        commitFiles: async (opts) => (await get()).commitFiles(opts),
        findStickyComment: async (issue, marker) => (await get()).findStickyComment(issue, marker),
        createComment: async (issue, body) => (await get()).createComment(issue, body),
        updateComment: async (id, body) => (await get()).updateComment(id, body)
    };
}


/***/ }),

/***/ 6960:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ localGit)
/* harmony export */ });
/* unused harmony export parseNameStatus */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The local clone, through the git command line: what changed between two
 * commits, when a file last changed, and whether the history is there at
 * all (a shallow clone answers "unknown" rather than a wrong answer).
 */


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** Git in the folder `root`. */
function localGit(root) {
    const git = async (args) => (await run('git', args, { cwd: root, maxBuffer: 256 * 1024 * 1024 })).stdout;
    const ok = async (args) => git(args).then(() => true, () => false);
    return {
        isRepository: () => ok(['rev-parse', '--is-inside-work-tree']),
        hasCommit: (sha) => ok(['cat-file', '-e', `${sha}^{commit}`]),
        isShallow: async () => (await git(['rev-parse', '--is-shallow-repository']).catch(() => 'false')).trim() === 'true',
        isAncestor: (a, d) => ok(['merge-base', '--is-ancestor', a, d]),
        mergeBase: async (a, b) => (await git(['merge-base', a, b]).catch(() => '')).trim() || undefined,
        resolve: async (ref) => (await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => '')).trim() ||
            undefined,
        async changes(base, head) {
            // Synchronous on purpose: on a push that changes nothing this is the action's only
            // process, and the blocking call starts and reaps it a few milliseconds sooner.
            const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', [
                'diff',
                '--name-status',
                '-z',
                '-M',
                '--no-ext-diff',
                base,
                ...(head !== undefined ? [head] : [])
            ], {
                cwd: root,
                encoding: 'utf8',
                stdio: ['ignore', 'pipe', 'pipe'],
                maxBuffer: 256 * 1024 * 1024
            });
            if (head !== undefined)
                return parseNameStatus(out);
            const untracked = (await git(['ls-files', '-z', '--others', '--exclude-standard']))
                .split('\0')
                .filter(Boolean);
            return [
                ...parseNameStatus(out),
                ...untracked.map((file) => ({ path: file, status: 'added' }))
            ];
        },
        lastChanged: (paths) => lastChanged(root, paths),
        async show(commit, file) {
            try {
                const { stdout } = await (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['show', `${commit}:${file}`], {
                    cwd: root,
                    encoding: 'buffer',
                    maxBuffer: 64 * 1024 * 1024
                });
                return stdout;
            }
            catch {
                return undefined;
            }
        }
    };
}
/** Parses `git diff --name-status -z` output. */
function parseNameStatus(out) {
    const fields = out.split('\0');
    const changes = [];
    for (let i = 0; i < fields.length;) {
        const code = fields[i++] ?? '';
        if (code === '')
            continue;
        const letter = code[0];
        if (letter === 'R' || letter === 'C') {
            const from = fields[i++] ?? '';
            const to = fields[i++] ?? '';
            changes.push(letter === 'R'
                ? { path: to, status: 'renamed', previousPath: from }
                : { path: to, status: 'added' });
        }
        else {
            const file = fields[i++] ?? '';
            changes.push({
                path: file,
                status: letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified'
            });
        }
    }
    return changes;
}
/**
 * Walks `git log` newest first and stops as soon as every wanted path has
 * been seen, so a recent change costs little however long the history is.
 */
async function lastChanged(root, paths) {
    const wanted = new Set(paths);
    const found = new Map();
    if (wanted.size === 0)
        return found;
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [
            'log',
            '--format=%x01%ct',
            '--name-only',
            '--no-renames',
            '-z',
            'HEAD',
            '--',
            ...(paths.length <= 200 ? paths : [])
        ], {
            cwd: root,
            stdio: ['ignore', 'pipe', 'ignore']
        });
        let time = '';
        let rest = '';
        const take = (token) => {
            // With -z, a commit's header and its first file name share a token: "\x01<ct>\n<name>".
            const t = token.replace(/^\n/, '');
            if (t.startsWith('\u0001')) {
                const [stamp = '', first = ''] = t.slice(1).split('\n');
                time = new Date(Number(stamp) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
                if (first !== '')
                    see(first);
            }
            else if (t !== '')
                see(t);
        };
        const see = (name) => {
            if (wanted.has(name) && !found.has(name)) {
                found.set(name, time);
                if (found.size === wanted.size)
                    child.kill();
            }
        };
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            const tokens = (rest + chunk).split('\0');
            rest = tokens.pop() ?? '';
            for (const token of tokens)
                take(token);
        });
        child.on('close', () => {
            if (rest !== '')
                take(rest);
            resolve(found);
        });
        child.on('error', () => resolve(found));
    });
}


/***/ }),

/***/ 1123:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   vz: () => (/* binding */ SECTION_KEYS)
/* harmony export */ });
/* unused harmony export COMPONENT_TYPES */
/**
 * The blueprint model: what a parsed, validated blueprint looks like to the
 * rest of the engine. Everything here is plain data, so the model can be
 * compared, serialised and handed to templates as it is.
 */
/** Component types that have a shape of their own in the diagrams. */
const COMPONENT_TYPES = (/* unused pure expression or super */ null && ([
    'person',
    'frontend',
    'gateway',
    'service',
    'function',
    'database',
    'cache',
    'queue',
    'storage',
    'external'
]));
/** The standard sections whose body a blueprint may replace (`sections:`). */
const SECTION_KEYS = [
    'data_flow',
    'data_storage',
    'security',
    'scalability',
    'deployment',
    'monitoring',
    'disaster_recovery',
    'technology_stack',
    'api',
    'configuration'
];
/** `file:line:col: message`, the one format every problem is printed in. */
function formatProblem(p) {
    return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}
/** The limits of SPEC §1: larger inputs are refused with a positioned error. */
const LIMITS = {
    fileBytes: 1024 * 1024,
    components: 2000,
    dependencies: 10000
};


/***/ }),

/***/ 4886:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ isOutputOf),
/* harmony export */   Do: () => (/* binding */ confine),
/* harmony export */   ER: () => (/* binding */ PathError),
/* harmony export */   Ol: () => (/* binding */ DEFAULT_OUTPUT),
/* harmony export */   XC: () => (/* binding */ outputPath),
/* harmony export */   wu: () => (/* binding */ DEFAULT_BLUEPRINT_GLOBS)
/* harmony export */ });
/* unused harmony export looksLikeBlueprint */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Repository paths: output patterns and the rule that every path stays inside
 * the repository. Paths here are repository-relative with forward slashes;
 * symbolic links are the files adapter's concern.
 */

const DEFAULT_OUTPUT = '{dir}/{name}.md';
/** A path refused or failed: its message starts with the path (`docs/x.md: is outside the repository`). */
class PathError extends Error {
    file;
    constructor(file, reason) {
        super(`${file}: ${reason}`);
        this.file = file;
        this.name = 'PathError';
    }
}
const DEFAULT_BLUEPRINT_GLOBS = [
    '**/*.blueprint.yaml',
    '**/*.blueprint.yml',
    '**/*.blueprint.json'
];
const BLUEPRINT_SUFFIX = /\.blueprint\.(ya?ml|json)$/i;
/**
 * Normalises a repository-relative path, or returns undefined when it leaves
 * the repository (absolute, `..` above the root, or empty).
 */
function confine(relative) {
    const slashed = relative.replace(/\\/g, '/');
    if (slashed === '' || node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(slashed) || /^[A-Za-z]:/.test(slashed))
        return undefined;
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(slashed);
    if (normal === '..' || normal.startsWith('../') || normal === '.')
        return undefined;
    return normal.replace(/\/$/, '');
}
/**
 * The document path for a blueprint: `{dir}` is the blueprint's folder,
 * `{name}` its file name without `.blueprint.*` (or without the extension
 * for other names), `{id}` the blueprint id. Throws when the result would
 * leave the repository.
 */
function outputPath(pattern, blueprintPath, id) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(blueprintPath);
    const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(blueprintPath);
    const name = BLUEPRINT_SUFFIX.test(base)
        ? base.replace(BLUEPRINT_SUFFIX, '')
        : base.replace(/\.[^.]*$/, '');
    const filled = pattern.replace(/\{(dir|name|id)\}/g, (_, key) => key === 'dir' ? dir : key === 'name' ? name : id);
    const confined = confine(filled);
    if (confined === undefined) {
        throw new Error(`output pattern "${pattern}" puts the document for ${blueprintPath} at "${filled}", outside the repository`);
    }
    return confined;
}
/** True for a path the default globs would call a blueprint. */
function looksLikeBlueprint(file) {
    return BLUEPRINT_SUFFIX.test(file);
}
/**
 * True when `document` is where the output pattern puts the document of
 * `blueprintPath`, `{id}` standing for any one path segment (a gone
 * blueprint's id is gone with it). Only such a file may be deleted as the
 * document of a blueprint that no longer exists.
 */
function isOutputOf(pattern, blueprintPath, document) {
    // Fill {dir} and {name}, keep {id} as a character no path holds, then normalise like outputPath does.
    let filled;
    try {
        filled = outputPath(pattern.replace(/\{id\}/g, '\u0000'), blueprintPath, '');
    }
    catch {
        return false;
    }
    const segments = filled.split('\u0000').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${segments.join('[^/]+')}$`).test(document);
}


/***/ }),

/***/ 1655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ messageOf)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4886);
/**
 * Small text helpers that the engine, the action and the command line share,
 * each in one place: turning anything thrown into a message, counting words.
 */

/**
 * A message for anything thrown: an Error's message, anything else as a string. A {@link PathError}
 * loses its leading path, since the problem it becomes names its file already.
 */
function messageOf(error) {
    if (error instanceof _paths_js__WEBPACK_IMPORTED_MODULE_0__/* .PathError */ .ER)
        return error.message.slice(error.file.length + 2);
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(218);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
