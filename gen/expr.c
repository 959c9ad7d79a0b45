/* Macro expansion (Prosser's hide sets, simplified: a replacement's tokens
 * get the hide set of the macro name plus the macro) over a stack of pending
 * tokens, then a recursive-descent evaluator over the expanded tokens with
 * typed values. Every buffer is bounded; exceeding a bound is `too-complex`
 * (a report, never an overflow). */
#include "expr.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HIDE_MAX 16        /* macros one token may be nested in */
#define STACK_MAX 1024     /* pending tokens */
#define OUT_MAX 512        /* expanded tokens */
#define TEMP_MAX 512       /* one replacement list, one argument list */
#define PUSH_BUDGET 16384  /* tokens produced by expansions, in all */
#define PASTE_MAX 8192     /* bytes of text made by ## */
#define DEPTH_MAX 200      /* nested parentheses and unary operators */
#define CALLS_MAX 32       /* macro calls nested in arguments */

enum tok_type { T_NUM, T_IDENT, T_PUNCT, T_OTHER };

struct tok {
  const char *s;
  unsigned short n;
  unsigned char type;
  unsigned char nhide;
  const struct mm_define *origin; /* whose text it is */
  uint32_t hide[HIDE_MAX];        /* macros (def_id) it must not expand */
};

/* The kernel's constant helpers (include/uapi/linux/const.h: _AC, _UL,
 * _ULL, _BITUL, _BITULL; include/vdso/bits.h, include/linux/bits.h: BIT,
 * BIT_ULL), used when the file does not define them. */
static const char builtin_text[] =
  "#define __AC(X,Y) (X##Y)\n"
  "#define _AC(X,Y) __AC(X,Y)\n"
  "#define _UL(x) (_AC(x, UL))\n"
  "#define _ULL(x) (_AC(x, ULL))\n"
  "#define _BITUL(x) (_UL(1) << (x))\n"
  "#define _BITULL(x) (_ULL(1) << (x))\n"
  "#define BIT(nr) (1UL << (nr))\n"
  "#define BIT_ULL(nr) (1ULL << (nr))\n";

struct ctx {
  const struct mm_defines *ds;
  struct mm_defines builtins;
  const struct mm_define *top;
  struct mm_expr_result *r;
  struct tok *stack; /* pending tokens; the next one is stack[nstack - 1] */
  unsigned nstack;
  struct tok *out;
  unsigned nout;
  struct tok *temp, *body;
  unsigned calls; /* macro calls being expanded, nested in arguments */
  unsigned pushed;
  char paste[PASTE_MAX];
  unsigned npaste;
  /* evaluation */
  unsigned pos, depth;
};

static unsigned fail(struct ctx *c, unsigned status, const struct mm_define *where,
                     const char *rule, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

static unsigned fail(struct ctx *c, unsigned status, const struct mm_define *where,
                     const char *rule, const char *fmt, ...)
{
  va_list ap;
  struct mm_expr_result *r = c->r;
  if (r->status != MM_EXPR_OK)
    return r->status; /* the first problem wins */
  r->status = status;
  r->where = where ? where : c->top;
  snprintf(r->rule, sizeof r->rule, "%s", rule);
  va_start(ap, fmt);
  if (vsnprintf(r->msg, sizeof r->msg, fmt, ap) < 0)
    r->msg[0] = '\0';
  va_end(ap);
  return status;
}

/* For messages: at most 40 bytes of a token, printable ASCII only. */
static const char *show(const struct tok *t, char *buf, size_t cap)
{
  size_t n = t->n < 40 ? t->n : 40, k = 0;
  for (size_t i = 0; i < n && k + 1 < cap; i++)
    buf[k++] = (t->s[i] >= 0x20 && t->s[i] < 0x7f) ? t->s[i] : '?';
  buf[k] = '\0';
  return buf;
}

/* ---- lexing ---- */

static int is_digit(char c)
{
  return c >= '0' && c <= '9';
}

/* The length of the token at s[i..n) and its type; 0 at the end. */
static size_t lex_one(const char *s, size_t i, size_t n, unsigned char *type)
{
  size_t j = i;
  char c = s[i];
  if (is_digit(c) || (c == '.' && i + 1 < n && is_digit(s[i + 1]))) {
    /* a pp-number: digits, letters, _, ., and e+ e- p+ p- */
    j++;
    while (j < n) {
      if ((s[j] == '+' || s[j] == '-') &&
          (s[j - 1] == 'e' || s[j - 1] == 'E' || s[j - 1] == 'p' || s[j - 1] == 'P'))
        j++;
      else if (mm_ident_char(s[j]) || s[j] == '.')
        j++;
      else
        break;
    }
    *type = T_NUM;
    return j - i;
  }
  if (mm_ident_start(c)) {
    while (j < n && mm_ident_char(s[j]))
      j++;
    *type = T_IDENT;
    return j - i;
  }
  if (c == '"' || c == '\'') {
    j++;
    while (j < n && s[j] != c) {
      if (s[j] == '\\' && j + 1 < n)
        j++;
      j++;
    }
    *type = T_OTHER;
    return (j < n ? j + 1 : n) - i;
  }
  *type = T_PUNCT;
  if (i + 1 < n && ((c == '#' && s[i + 1] == '#') || (c == '<' && s[i + 1] == '<') ||
                    (c == '>' && s[i + 1] == '>')))
    return 2;
  if (strchr("()+-*/%&|^~,#", c) && c != '\0')
    return 1;
  *type = T_OTHER;
  return 1;
}

static int blank(char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == '\n';
}

/* Lex s[0..n) into dst (room for cap) with the given origin and hide set.
 * Returns the count, or -1 when it does not fit. */
static int lex(struct ctx *c, const char *s, size_t n, const struct mm_define *origin,
               const struct tok *hide_of, struct tok *dst, unsigned cap)
{
  size_t i = 0;
  unsigned k = 0;
  while (i < n) {
    unsigned char type;
    size_t len;
    if (blank(s[i])) {
      i++;
      continue;
    }
    len = lex_one(s, i, n, &type);
    if (k >= cap || len > 0xffff) {
      fail(c, MM_EXPR_ERROR, origin, "too-complex", "the expansion is longer than %u tokens",
           cap);
      return -1;
    }
    dst[k].s = s + i;
    dst[k].n = (unsigned short)len;
    dst[k].type = type;
    dst[k].origin = origin;
    dst[k].nhide = hide_of ? hide_of->nhide : 0;
    if (hide_of)
      memcpy(dst[k].hide, hide_of->hide, sizeof dst[k].hide);
    k++;
    i += len;
  }
  return (int)k;
}

static int is_punct(const struct tok *t, const char *p)
{
  size_t n = strlen(p);
  return t->type == T_PUNCT && t->n == n && memcmp(t->s, p, n) == 0;
}

/* ---- expansion ---- */

static const struct mm_define *lookup(struct ctx *c, const struct tok *t)
{
  const struct mm_define *d = mm_defines_find(c->ds, t->s, t->n);
  return d ? d : mm_defines_find(&c->builtins, t->s, t->n);
}

/* A number for each macro: its index in the file, or after them a built-in's. */
static uint32_t def_id(const struct ctx *c, const struct mm_define *d)
{
  if (d >= c->ds->def && d < c->ds->def + c->ds->n)
    return (uint32_t)(d - c->ds->def);
  return c->ds->n + (uint32_t)(d - c->builtins.def);
}

static int hidden_id(const struct tok *t, uint32_t id)
{
  for (unsigned i = 0; i < t->nhide; i++)
    if (t->hide[i] == id)
      return 1;
  return 0;
}

static int hidden(const struct ctx *c, const struct tok *t, const struct mm_define *d)
{
  return hidden_id(t, def_id(c, d));
}

static int hide_add_id(struct ctx *c, struct tok *t, uint32_t id, const struct mm_define *d)
{
  if (hidden_id(t, id))
    return 0;
  if (t->nhide >= HIDE_MAX) {
    fail(c, MM_EXPR_ERROR, d, "recursion", "macros nested more than %d deep", HIDE_MAX);
    return -1;
  }
  t->hide[t->nhide++] = id;
  return 0;
}

/* Add d to t's hide set. */
static int hide_add(struct ctx *c, struct tok *t, const struct mm_define *d)
{
  return hide_add_id(c, t, def_id(c, d), d);
}

/* Push src[0..n) so that src[0] is the next token. */
static int push(struct ctx *c, const struct tok *src, unsigned n)
{
  if (n > STACK_MAX - c->nstack || n > PUSH_BUDGET - c->pushed) {
    fail(c, MM_EXPR_ERROR, c->top, "too-complex",
         "the expansion takes more than %u tokens", n > PUSH_BUDGET - c->pushed ? PUSH_BUDGET
                                                                                 : STACK_MAX);
    return -1;
  }
  c->pushed += n;
  for (unsigned i = n; i > 0; i--)
    c->stack[c->nstack++] = src[i - 1];
  return 0;
}

static int run(struct ctx *c, unsigned base, struct tok *out, unsigned *nout, unsigned cap);

/* The name token names the function-like macro d and the next pending token
 * (above base) is `(`: collect the arguments, macro-expand each on its own
 * (C11 6.10.3.1; an argument next to ## is used as written), substitute them
 * into d's body with ## pasting, and push the result to be rescanned. */
static int expand_call(struct ctx *c, unsigned base, const struct tok *name,
                       const struct mm_define *d)
{
  unsigned nargs = 0, na = 0, depth = 0, start[MM_DEFINE_PARAMS_MAX + 1],
           end[MM_DEFINE_PARAMS_MAX + 1], xstart[MM_DEFINE_PARAMS_MAX + 1],
           xend[MM_DEFINE_PARAMS_MAX + 1], nx = 0;
  struct tok *raw = NULL, *xp = NULL;
  int nbody, k = 0, rc = -1;
  char b[48];
  if (c->calls >= CALLS_MAX) {
    fail(c, MM_EXPR_ERROR, name->origin, "too-complex",
         "macro calls nested more than %d deep in arguments", CALLS_MAX);
    return -1;
  }
  raw = malloc(sizeof *raw * TEMP_MAX);
  xp = malloc(sizeof *xp * TEMP_MAX);
  if (!raw || !xp) {
    fail(c, MM_EXPR_ERROR, name->origin, "io", "out of memory");
    goto out;
  }
  c->nstack--; /* the ( */
  start[0] = 0;
  for (;;) {
    struct tok t;
    if (c->nstack <= base) {
      fail(c, MM_EXPR_ERROR, name->origin, "expr", "unterminated call of macro '%s'",
           show(name, b, sizeof b));
      goto out;
    }
    t = c->stack[--c->nstack];
    if (depth == 0 && (is_punct(&t, ")") || is_punct(&t, ","))) {
      if (nargs >= MM_DEFINE_PARAMS_MAX) {
        fail(c, MM_EXPR_ERROR, name->origin, "expr", "too many arguments for macro '%s'",
             show(name, b, sizeof b));
        goto out;
      }
      end[nargs++] = na;
      start[nargs] = na;
      if (is_punct(&t, ")"))
        break;
      continue;
    }
    if (is_punct(&t, "("))
      depth++;
    else if (is_punct(&t, ")"))
      depth--;
    if (na >= TEMP_MAX) {
      fail(c, MM_EXPR_ERROR, name->origin, "too-complex", "an argument of '%s' is too long",
           show(name, b, sizeof b));
      goto out;
    }
    raw[na++] = t;
  }
  if (d->variadic) {
    fail(c, MM_EXPR_ERROR, name->origin, "expr", "macro '%s' takes `...`: not supported",
         show(name, b, sizeof b));
    goto out;
  }
  if (!(nargs == d->nparams || (d->nparams == 0 && nargs == 1 && end[0] == 0))) {
    fail(c, MM_EXPR_ERROR, name->origin, "expr", "macro '%s' takes %u arguments, not %u",
         show(name, b, sizeof b), (unsigned)d->nparams, nargs);
    goto out;
  }
  /* each argument, macro-expanded on its own */
  c->calls++;
  for (unsigned p = 0; p < d->nparams; p++) {
    unsigned base2 = c->nstack, n = 0;
    xstart[p] = nx;
    if (push(c, raw + start[p], end[p] - start[p]) ||
        run(c, base2, xp + nx, &n, TEMP_MAX - nx)) {
      c->calls--;
      goto out;
    }
    nx += n;
    xend[p] = nx;
  }
  c->calls--;
  {
    struct tok *body = c->body;
    int paste_next = 0;
    nbody = lex(c, d->body, d->body_n, d, name, body, TEMP_MAX);
    if (nbody < 0)
      goto out;
    for (int i = 0; i < nbody; i++) {
      const struct tok *bt = &body[i];
      const struct tok *from = bt;
      unsigned from_n = 1;
      int next_paste = i + 1 < nbody && is_punct(&body[i + 1], "##");
      if (is_punct(bt, "#")) {
        fail(c, MM_EXPR_ERROR, d, "expr", "the # operator (stringizing) is not supported");
        goto out;
      }
      if (is_punct(bt, "##")) {
        if (i == 0 || i == nbody - 1) {
          fail(c, MM_EXPR_ERROR, d, "expr", "## at the edge of a replacement list");
          goto out;
        }
        paste_next = 1;
        continue;
      }
      if (bt->type == T_IDENT)
        for (unsigned p = 0; p < d->nparams; p++)
          if (d->param[p].n == bt->n && memcmp(d->param[p].s, bt->s, bt->n) == 0) {
            if (paste_next || next_paste) {
              from = &raw[start[p]];
              from_n = end[p] - start[p];
            } else {
              from = &xp[xstart[p]];
              from_n = xend[p] - xstart[p];
            }
            break;
          }
      if (paste_next && from_n > 0 && k > 0) {
        /* paste the last token so far with the first of `from` */
        struct tok *l = &c->temp[k - 1];
        unsigned char type;
        size_t len = (size_t)l->n + from->n;
        if (len > PASTE_MAX - c->npaste) {
          fail(c, MM_EXPR_ERROR, d, "too-complex", "## makes more than %d bytes", PASTE_MAX);
          goto out;
        }
        memcpy(c->paste + c->npaste, l->s, l->n);
        memcpy(c->paste + c->npaste + l->n, from->s, from->n);
        if (lex_one(c->paste + c->npaste, 0, len, &type) != len) {
          fail(c, MM_EXPR_ERROR, d, "expr", "## does not make one token of '%.*s'",
               (int)(len > 40 ? 40 : len), c->paste + c->npaste);
          goto out;
        }
        l->s = c->paste + c->npaste;
        l->n = (unsigned short)len;
        l->type = type;
        c->npaste += (unsigned)len;
        from++;
        from_n--;
      }
      paste_next = 0;
      for (unsigned j = 0; j < from_n; j++) {
        if (k >= TEMP_MAX) {
          fail(c, MM_EXPR_ERROR, d, "too-complex", "the expansion of '%s' is too long",
               show(name, b, sizeof b));
          goto out;
        }
        c->temp[k++] = from[j];
      }
    }
  }
  /* Every token of the result is hidden from what hid the name, and from d. */
  for (int i = 0; i < k; i++) {
    for (unsigned h = 0; h < name->nhide; h++)
      if (hide_add_id(c, &c->temp[i], name->hide[h], d))
        goto out;
    if (hide_add(c, &c->temp[i], d))
      goto out;
  }
  rc = push(c, c->temp, (unsigned)k);
out:
  free(raw);
  free(xp);
  return rc;
}

/* Expand the pending tokens above base into out (room for cap). */
static int run(struct ctx *c, unsigned base, struct tok *out, unsigned *nout, unsigned cap)
{
  while (c->nstack > base) {
    struct tok t = c->stack[--c->nstack];
    const struct mm_define *d;
    if (t.type == T_IDENT && (d = lookup(c, &t)) != NULL && !hidden(c, &t, d)) {
      if (!d->function_like) {
        int m = lex(c, d->body, d->body_n, d, &t, c->temp, TEMP_MAX);
        if (m < 0)
          return -1;
        for (int i = 0; i < m; i++)
          if (hide_add(c, &c->temp[i], d))
            return -1;
        if (push(c, c->temp, (unsigned)m))
          return -1;
        continue;
      }
      if (c->nstack > base && is_punct(&c->stack[c->nstack - 1], "(")) {
        if (expand_call(c, base, &t, d))
          return -1;
        continue;
      }
    }
    if (*nout >= cap) {
      fail(c, MM_EXPR_ERROR, c->top, "too-complex", "the expansion is longer than %u tokens",
           cap);
      return -1;
    }
    out[(*nout)++] = t;
  }
  return 0;
}

/* Expand the body of the top macro into c->out. */
static int expand(struct ctx *c)
{
  int n = lex(c, c->top->body, c->top->body_n, c->top, NULL, c->temp, TEMP_MAX);
  if (n < 0)
    return -1;
  for (int i = 0; i < n; i++)
    if (hide_add(c, &c->temp[i], c->top))
      return -1;
  if (push(c, c->temp, (unsigned)n))
    return -1;
  return run(c, 0, c->out, &c->nout, OUT_MAX);
}

/* ---- evaluation ---- */

enum ty { TY_INT, TY_UINT, TY_LONG, TY_ULONG };

static const char *ty_name[] = {"int", "unsigned int", "long", "unsigned long"};

/* A value: signed types hold their value as a two's-complement 64-bit
 * pattern (int sign-extended), unsigned int is 0 .. 2^32-1. */
struct val {
  uint64_t v;
  enum ty ty;
};

#define I64_MIN_U 0x8000000000000000ULL

static int is_signed(enum ty t)
{
  return t == TY_INT || t == TY_LONG;
}

static int64_t as_i64(uint64_t u)
{
  /* two's complement without implementation-defined conversion */
  return u >= I64_MIN_U ? -(int64_t)(~u) - 1 : (int64_t)u;
}

static int64_t smin(enum ty t)
{
  return t == TY_INT ? -2147483647 - 1 : INT64_MIN;
}

static int64_t smax(enum ty t)
{
  return t == TY_INT ? 2147483647 : INT64_MAX;
}

static uint64_t umask(enum ty t)
{
  return t == TY_UINT ? 0xffffffffULL : UINT64_MAX;
}

/* Convert x to type t as C does on x86-64 (modular for unsigned, and for
 * narrowing to int, which gcc and clang define as modular). */
static struct val convert(struct val x, enum ty t)
{
  struct val r;
  r.ty = t;
  if (t == TY_ULONG || t == TY_LONG)
    r.v = x.v; /* the 64-bit pattern is the same */
  else if (t == TY_UINT)
    r.v = x.v & 0xffffffffULL;
  else
    r.v = (x.v & 0x80000000ULL) ? (x.v | 0xffffffff00000000ULL) : (x.v & 0xffffffffULL);
  return r;
}

static enum ty common(enum ty a, enum ty b)
{
  if (a == TY_ULONG || b == TY_ULONG)
    return TY_ULONG;
  if (a == TY_LONG || b == TY_LONG)
    return TY_LONG;
  if (a == TY_UINT || b == TY_UINT)
    return TY_UINT;
  return TY_INT;
}

static const struct tok *peek(struct ctx *c)
{
  return c->pos < c->nout ? &c->out[c->pos] : NULL;
}

static int at(struct ctx *c, const char *p)
{
  const struct tok *t = peek(c);
  return t && is_punct(t, p);
}

static const struct mm_define *where_of(struct ctx *c)
{
  const struct tok *t = peek(c);
  if (!t && c->nout > 0)
    t = &c->out[c->nout - 1];
  return t ? t->origin : c->top;
}

static int literal(struct ctx *c, const struct tok *t, struct val *out)
{
  const char *s = t->s;
  size_t n = t->n, i = 0;
  unsigned base = 10, nu = 0, nl = 0;
  uint64_t v = 0;
  int over = 0, digits = 0;
  char b[48];
  if (n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16;
    i = 2;
  } else if (s[0] == '0') {
    base = 8;
  }
  for (; i < n; i++) {
    unsigned dv;
    char ch = s[i];
    if (ch >= '0' && ch <= '9')
      dv = (unsigned)(ch - '0');
    else if (base == 16 && ch >= 'a' && ch <= 'f')
      dv = (unsigned)(ch - 'a' + 10);
    else if (base == 16 && ch >= 'A' && ch <= 'F')
      dv = (unsigned)(ch - 'A' + 10);
    else
      break;
    if (dv >= base) {
      return fail(c, MM_EXPR_ERROR, t->origin, "expr", "'%s' is not an integer literal",
                  show(t, b, sizeof b)), -1;
    }
    if (v > (UINT64_MAX - dv) / base)
      over = 1;
    v = v * base + dv;
    digits++;
  }
  if (digits == 0 && base == 16)
    return fail(c, MM_EXPR_ERROR, t->origin, "expr", "'%s' is not an integer literal",
                show(t, b, sizeof b)), -1;
  /* suffix: u, l, ll in either order, any case (ll as ll or LL) */
  for (; i < n; i++) {
    if ((s[i] == 'u' || s[i] == 'U') && nu == 0) {
      nu = 1;
    } else if ((s[i] == 'l' || s[i] == 'L') && nl == 0) {
      nl = 1;
      if (i + 1 < n && s[i + 1] == s[i]) {
        nl = 2;
        i++;
      }
    } else {
      return fail(c, MM_EXPR_ERROR, t->origin, "expr",
                  "'%s' is not an integer literal (floating point and other suffixes "
                  "are not supported)",
                  show(t, b, sizeof b)), -1;
    }
  }
  if (over)
    return fail(c, MM_EXPR_ERROR, t->origin, "overflow",
                "the literal '%s' does not fit in 64 bits", show(t, b, sizeof b)), -1;
  out->v = v;
  /* C11 6.4.4.1: the first type of the list that holds the value (LP64) */
  if (nu && nl)
    out->ty = TY_ULONG;
  else if (nu)
    out->ty = v <= 0xffffffffULL ? TY_UINT : TY_ULONG;
  else if (nl)
    out->ty = v <= (uint64_t)INT64_MAX ? TY_LONG : TY_ULONG;
  else if (v <= 0x7fffffffULL)
    out->ty = TY_INT;
  else if (base != 10 && v <= 0xffffffffULL)
    out->ty = TY_UINT;
  else if (v <= (uint64_t)INT64_MAX)
    out->ty = TY_LONG;
  else
    out->ty = TY_ULONG;
  if (base == 10 && out->ty == TY_ULONG && !nu)
    return fail(c, MM_EXPR_ERROR, t->origin, "overflow",
                "the decimal literal '%s' is too large for long (write a U suffix)",
                show(t, b, sizeof b)), -1;
  return 0;
}

/* A type name after `(`: the words up to `)`; 0 and *t when they name one of
 * the 64- or 32-bit integer types, -1 when the first word is not a type. */
static int type_name(struct ctx *c, enum ty *t)
{
  static const struct {
    const char *name;
    enum ty ty;
  } names[] = {
    {"u64", TY_ULONG},      {"__u64", TY_ULONG},     {"uint64_t", TY_ULONG},
    {"size_t", TY_ULONG},   {"uintptr_t", TY_ULONG}, {"phys_addr_t", TY_ULONG},
    {"s64", TY_LONG},       {"__s64", TY_LONG},      {"int64_t", TY_LONG},
    {"u32", TY_UINT},       {"__u32", TY_UINT},      {"uint32_t", TY_UINT},
    {"s32", TY_INT},        {"__s32", TY_INT},       {"int32_t", TY_INT},
  };
  unsigned p = c->pos, nunsigned = 0, nsigned = 0, nlong = 0, nint = 0, words = 0;
  int named = -1;
  for (; p < c->nout && c->out[p].type == T_IDENT; p++, words++) {
    const struct tok *w = &c->out[p];
    if (w->n == 8 && memcmp(w->s, "unsigned", 8) == 0)
      nunsigned++;
    else if (w->n == 6 && memcmp(w->s, "signed", 6) == 0)
      nsigned++;
    else if (w->n == 4 && memcmp(w->s, "long", 4) == 0)
      nlong++;
    else if (w->n == 3 && memcmp(w->s, "int", 3) == 0)
      nint++;
    else {
      int found = 0;
      for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (strlen(names[k].name) == w->n && memcmp(names[k].name, w->s, w->n) == 0) {
          named = (int)k;
          found = 1;
        }
      if (!found || words > 0)
        return words == 0 ? -1 : -2;
    }
  }
  if (words == 0 || p >= c->nout || !is_punct(&c->out[p], ")"))
    return words == 0 ? -1 : -2;
  if (named >= 0) {
    if (words != 1)
      return -2;
    *t = names[named].ty;
  } else {
    if (nunsigned + nsigned > 1 || nlong > 2 || nint > 1)
      return -2;
    if (nlong)
      *t = nunsigned ? TY_ULONG : TY_LONG;
    else
      *t = nunsigned ? TY_UINT : TY_INT;
  }
  c->pos = p + 1;
  return 0;
}

static int expr_or(struct ctx *c, struct val *v);

static int arith_fail(struct ctx *c, const char *rule, const char *fmt, const char *op,
                      enum ty t)
{
  fail(c, MM_EXPR_ERROR, where_of(c), rule, fmt, op, ty_name[t]);
  return -1;
}

/* Apply the binary operator op to a and b (usual arithmetic conversions
 * first, except for shifts, whose type is that of the left operand). */
static int binop(struct ctx *c, const char *op, struct val a, struct val b, struct val *r)
{
  enum ty t;
  if (op[0] == '<' || op[0] == '>') {
    int64_t cnt = is_signed(b.ty) ? as_i64(b.v) : (int64_t)(b.v > 255 ? 255 : b.v);
    unsigned width = (a.ty == TY_INT || a.ty == TY_UINT) ? 32 : 64;
    t = a.ty;
    if (cnt < 0 || cnt >= (int64_t)width)
      return arith_fail(c, "shift", "shift count out of range for '%s' on %s", op, t);
    r->ty = t;
    if (op[0] == '<') {
      if (is_signed(t)) {
        int64_t x = as_i64(a.v);
        if (x < 0)
          return arith_fail(c, "overflow", "'%s' of a negative %s", op, t);
        if (x > (smax(t) >> cnt))
          return arith_fail(c, "overflow", "'%s' overflows %s (write a UL suffix?)", op, t);
        r->v = (uint64_t)x << cnt;
      } else {
        r->v = (a.v << cnt) & umask(t);
      }
    } else if (is_signed(t) && as_i64(a.v) < 0) {
      r->v = ~(~a.v >> cnt); /* arithmetic, as gcc and clang do */
    } else {
      r->v = a.v >> cnt;
    }
    return 0;
  }
  t = common(a.ty, b.ty);
  a = convert(a, t);
  b = convert(b, t);
  r->ty = t;
  if (op[0] == '&' || op[0] == '|' || op[0] == '^') {
    r->v = op[0] == '&' ? (a.v & b.v) : op[0] == '|' ? (a.v | b.v) : (a.v ^ b.v);
    return 0;
  }
  if (!is_signed(t)) {
    uint64_t m = umask(t);
    if ((op[0] == '/' || op[0] == '%') && b.v == 0)
      return arith_fail(c, "overflow", "'%s' by zero in %s", op, t);
    switch (op[0]) {
    case '+': r->v = (a.v + b.v) & m; break;
    case '-': r->v = (a.v - b.v) & m; break;
    case '*': r->v = (a.v * b.v) & m; break;
    case '/': r->v = a.v / b.v; break;
    default: r->v = a.v % b.v; break;
    }
    return 0;
  }
  {
    int64_t x = as_i64(a.v), y = as_i64(b.v), lo = smin(t), hi = smax(t), z = 0;
    int bad = 0;
    switch (op[0]) {
    case '+':
      bad = (y > 0 && x > hi - y) || (y < 0 && x < lo - y);
      z = bad ? 0 : x + y;
      break;
    case '-':
      bad = (y < 0 && x > hi + y) || (y > 0 && x < lo + y);
      z = bad ? 0 : x - y;
      break;
    case '*': {
      uint64_t ux = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
      uint64_t uy = y < 0 ? (uint64_t)0 - (uint64_t)y : (uint64_t)y;
      int neg = (x < 0) != (y < 0);
      uint64_t lim = neg ? (uint64_t)0 - (uint64_t)lo : (uint64_t)hi;
      if (ux != 0 && uy > lim / ux) {
        bad = 1;
      } else {
        uint64_t p = ux * uy;
        z = neg ? (p == I64_MIN_U ? INT64_MIN : -(int64_t)p) : (int64_t)p;
      }
      break;
    }
    default:
      if (y == 0)
        return arith_fail(c, "overflow", "'%s' by zero in %s", op, t);
      bad = x == lo && y == -1;
      z = bad ? 0 : (op[0] == '/' ? x / y : x % y);
      break;
    }
    if (bad)
      return arith_fail(c, "overflow", "'%s' overflows %s (signed overflow is undefined in C)",
                        op, t);
    r->v = (uint64_t)z;
  }
  return 0;
}

static int unary(struct ctx *c, struct val *v)
{
  const struct tok *t = peek(c);
  char b[48];
  if (!t)
    return fail(c, MM_EXPR_ERROR, where_of(c), "expr", "the expression ends too early"),
           -1;
  if (++c->depth > DEPTH_MAX)
    return fail(c, MM_EXPR_ERROR, t->origin, "too-complex", "nested more than %d deep",
                DEPTH_MAX),
           -1;
  if (is_punct(t, "+") || is_punct(t, "-") || is_punct(t, "~")) {
    char op = t->s[0];
    c->pos++;
    if (unary(c, v))
      return -1;
    if (op == '-') {
      if (is_signed(v->ty)) {
        if (as_i64(v->v) == smin(v->ty))
          return arith_fail(c, "overflow", "'%s' overflows %s", "-", v->ty);
        v->v = (uint64_t)(-as_i64(v->v));
      } else {
        v->v = (0 - v->v) & umask(v->ty);
      }
    } else if (op == '~') {
      v->v = is_signed(v->ty) ? ~v->v : (~v->v & umask(v->ty));
    }
  } else if (is_punct(t, "(")) {
    enum ty ty;
    int k;
    c->pos++;
    k = type_name(c, &ty);
    if (k == -2)
      return fail(c, MM_EXPR_ERROR, t->origin, "expr",
                  "a cast to a type other than the integer types"),
             -1;
    if (k == 0) {
      if (unary(c, v))
        return -1;
      *v = convert(*v, ty);
    } else {
      if (expr_or(c, v))
        return -1;
      if (!at(c, ")")) {
        const struct tok *e = peek(c);
        char b2[48];
        if (!e)
          return fail(c, MM_EXPR_ERROR, where_of(c), "expr", "')' expected"), -1;
        return fail(c, MM_EXPR_ERROR, e->origin, "expr",
                    e->type == T_OTHER || e->type == T_PUNCT ? "unsupported token '%s'"
                                                             : "')' expected before '%s'",
                    show(e, b2, sizeof b2)),
               -1;
      }
      c->pos++;
    }
  } else if (t->type == T_NUM) {
    c->pos++;
    if (literal(c, t, v))
      return -1;
  } else if (t->type == T_IDENT) {
    int call = c->pos + 1 < c->nout && is_punct(&c->out[c->pos + 1], "(");
    return fail(c, MM_EXPR_NONCONST, t->origin, "not-constant",
                call ? "calls '%s', a function, not a macro of the file"
                     : "reads '%s', which is not a macro of the file (a variable?)",
                show(t, b, sizeof b)),
           -1;
  } else {
    return fail(c, MM_EXPR_ERROR, t->origin, "expr", "unsupported token '%s'",
                show(t, b, sizeof b)),
           -1;
  }
  c->depth--;
  return 0;
}

/* Binary levels, loosest first: | ^ & shift additive multiplicative. */
static const char *const levels[][3] = {
  {"|", NULL, NULL}, {"^", NULL, NULL}, {"&", NULL, NULL},
  {"<<", ">>", NULL}, {"+", "-", NULL}, {"*", "/", "%"},
};

#define NLEVELS (sizeof levels / sizeof levels[0])

static int level(struct ctx *c, unsigned lv, struct val *v)
{
  if (lv >= NLEVELS)
    return unary(c, v);
  if (level(c, lv + 1, v))
    return -1;
  for (;;) {
    const char *op = NULL;
    struct val rhs;
    for (unsigned k = 0; k < 3 && levels[lv][k]; k++)
      if (at(c, levels[lv][k]))
        op = levels[lv][k];
    if (!op)
      return 0;
    c->pos++;
    if (level(c, lv + 1, &rhs) || binop(c, op, *v, rhs, v))
      return -1;
  }
}

static int expr_or(struct ctx *c, struct val *v)
{
  if (++c->depth > DEPTH_MAX)
    return fail(c, MM_EXPR_ERROR, where_of(c), "too-complex", "nested more than %d deep",
                DEPTH_MAX),
           -1;
  if (level(c, 0, v))
    return -1;
  c->depth--;
  return 0;
}

unsigned mm_expr_eval(const struct mm_defines *ds, const struct mm_define *d,
                      struct mm_expr_result *r)
{
  struct ctx *c = calloc(1, sizeof *c);
  const char *why;
  struct val v;
  memset(r, 0, sizeof *r);
  if (!c) {
    r->status = MM_EXPR_ERROR;
    r->where = d;
    snprintf(r->rule, sizeof r->rule, "io");
    snprintf(r->msg, sizeof r->msg, "out of memory");
    return r->status;
  }
  c->ds = ds;
  c->top = d;
  c->r = r;
  c->stack = malloc(sizeof *c->stack * STACK_MAX);
  c->out = malloc(sizeof *c->out * OUT_MAX);
  c->temp = malloc(sizeof *c->temp * TEMP_MAX);
  c->body = malloc(sizeof *c->body * TEMP_MAX);
  if (!c->stack || !c->out || !c->temp || !c->body ||
      mm_defines_parse(&c->builtins, builtin_text, sizeof builtin_text - 1, &why)) {
    fail(c, MM_EXPR_ERROR, d, "io", "out of memory");
  } else if (d->function_like) {
    fail(c, MM_EXPR_ERROR, d, "expr", "a function-like macro has no value");
  } else if (expand(c) == 0) {
    if (c->nout == 0) {
      fail(c, MM_EXPR_ERROR, d, "expr", "the macro is empty");
    } else if (expr_or(c, &v) == 0) {
      if (c->pos < c->nout) {
        char b[48];
        fail(c, MM_EXPR_ERROR, c->out[c->pos].origin, "expr", "unsupported token '%s'",
             show(&c->out[c->pos], b, sizeof b));
      } else {
        r->value = convert(v, TY_ULONG).v;
      }
    }
  }
  /* The built-ins are freed below: a problem in one of them is reported at
   * the macro evaluated. */
  if (r->where && !(r->where >= ds->def && r->where < ds->def + ds->n))
    r->where = d;
  mm_defines_free(&c->builtins);
  free(c->stack);
  free(c->out);
  free(c->temp);
  free(c->body);
  free(c);
  return r->status;
}
