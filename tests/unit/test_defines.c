/* Defines files (gen/defines.c) and the evaluation of their macros
 * (gen/expr.c): literals and their C types, every operator, casts, the
 * kernel helpers, function-like macros with ##, textual (not parenthesised)
 * expansion, hide sets, comments and continuations, #undef, and every error
 * with its rule, its line and its message. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "defines.h"
#include "expr.h"

static struct mm_defines ds;

static int load(const char *text)
{
  const char *why;
  mm_defines_free(&ds);
  return mm_defines_parse(&ds, text, strlen(text), &why);
}

/* The value of NAME in text; CHECKs that it evaluates. */
static uint64_t value_of(const char *text, const char *name)
{
  struct mm_expr_result r;
  const struct mm_define *d;
  if (load(text)) {
    CHECK(0, "parse failed for %s", name);
    return 0;
  }
  d = mm_defines_find(&ds, name, strlen(name));
  CHECK(d != NULL, "%s not found", name);
  if (!d)
    return 0;
  mm_expr_eval(&ds, d, &r);
  CHECK(r.status == MM_EXPR_OK, "%s: %s: %s", name, r.rule, r.msg);
  return r.value;
}

/* The failure of NAME in text: status, rule, the line of the definition that
 * holds the problem, and the message. */
static void fails(const char *text, const char *name, unsigned status, const char *rule,
                  unsigned line, const char *msg)
{
  struct mm_expr_result r;
  const struct mm_define *d;
  CHECK(load(text) == 0, "parse failed for %s", name);
  d = mm_defines_find(&ds, name, strlen(name));
  CHECK(d != NULL, "%s not found", name);
  if (!d)
    return;
  mm_expr_eval(&ds, d, &r);
  CHECK(r.status == status, "%s: status %u, expected %u (%s: %s)", name, r.status, status,
        r.rule, r.msg);
  CHECK_STR(r.rule, rule);
  CHECK(r.where && r.where->line == line, "%s: line %u, expected %u", name,
        r.where ? r.where->line : 0, line);
  CHECK_STR(r.msg, msg);
}

static void test_literals(void)
{
  CHECK_EQ_U64(value_of("#define A 0x10\n", "A"), 0x10);
  CHECK_EQ_U64(value_of("#define A 010\n", "A"), 8);
  CHECK_EQ_U64(value_of("#define A 0\n", "A"), 0);
  CHECK_EQ_U64(value_of("#define A 0xffff888000000000UL\n", "A"), 0xffff888000000000ULL);
  CHECK_EQ_U64(value_of("#define A 0xFFFF888000000000ull\n", "A"), 0xffff888000000000ULL);
  CHECK_EQ_U64(value_of("#define A 64LU\n", "A"), 64);
  CHECK_EQ_U64(value_of("#define A 18446744073709551615U\n", "A"), UINT64_MAX);
  /* -1 is an int: as unsigned long it is all ones */
  CHECK_EQ_U64(value_of("#define A -1\n", "A"), UINT64_MAX);
  CHECK_EQ_U64(value_of("#define A (0U - 1)\n", "A"), 0xffffffffULL);
  CHECK_EQ_U64(value_of("#define A (0UL - 1)\n", "A"), UINT64_MAX);
  /* 0x80000000 is unsigned int, 2147483648 is long */
  CHECK_EQ_U64(value_of("#define A (0x80000000 + 0x80000000)\n", "A"), 0);
  CHECK_EQ_U64(value_of("#define A (2147483648 + 2147483648)\n", "A"), 0x100000000ULL);
  fails("#define A 18446744073709551615\n", "A", MM_EXPR_ERROR, "overflow", 1,
        "the decimal literal '18446744073709551615' is too large for long (write a U suffix)");
  fails("#define A 0x10000000000000000\n", "A", MM_EXPR_ERROR, "overflow", 1,
        "the literal '0x10000000000000000' does not fit in 64 bits");
  fails("#define A 09\n", "A", MM_EXPR_ERROR, "expr", 1, "'09' is not an integer literal");
  fails("#define A 0x\n", "A", MM_EXPR_ERROR, "expr", 1, "'0x' is not an integer literal");
  fails("#define A 1.5\n", "A", MM_EXPR_ERROR, "expr", 1,
        "'1.5' is not an integer literal (floating point and other suffixes are not supported)");
  fails("#define A 1ULU\n", "A", MM_EXPR_ERROR, "expr", 1,
        "'1ULU' is not an integer literal (floating point and other suffixes are not "
        "supported)");
}

static void test_operators(void)
{
  CHECK_EQ_U64(value_of("#define A (1UL << 47)\n", "A"), 0x800000000000ULL);
  CHECK_EQ_U64(value_of("#define A ((-1UL << 47) >> 3)\n", "A"), 0x1ffff00000000000ULL);
  CHECK_EQ_U64(value_of("#define A (-8 >> 1)\n", "A"), UINT64_MAX - 3);
  CHECK_EQ_U64(value_of("#define A (7 * 6 / 4 % 7)\n", "A"), 3);
  CHECK_EQ_U64(value_of("#define A (0xf0 | 0x0f & 0x3 ^ 0x1)\n", "A"), 0xf2);
  CHECK_EQ_U64(value_of("#define A (~0UL)\n", "A"), UINT64_MAX);
  CHECK_EQ_U64(value_of("#define A (~0U)\n", "A"), 0xffffffffULL);
  CHECK_EQ_U64(value_of("#define A (1 + 2 << 3)\n", "A"), 24);
  CHECK_EQ_U64(value_of("#define A (-4 * (1UL << 30))\n", "A"), 0xffffffff00000000ULL);
  CHECK_EQ_U64(value_of("#define A -(4UL << 30)\n", "A"), 0xffffffff00000000ULL);
  CHECK_EQ_U64(value_of("#define A +5\n", "A"), 5);
  CHECK_EQ_U64(value_of("#define A (0xffff880000000000UL + (64UL << 40))\n", "A"),
               0xffffc80000000000ULL);
  CHECK_EQ_U64(value_of("#define A (-7 / 2)\n", "A"), UINT64_MAX - 2); /* -3: truncated */
  fails("#define A (1 << 40)\n", "A", MM_EXPR_ERROR, "shift", 1,
        "shift count out of range for '<<' on int");
  fails("#define A (1 << 31)\n", "A", MM_EXPR_ERROR, "overflow", 1,
        "'<<' overflows int (write a UL suffix?)");
  fails("#define A (-1 << 3)\n", "A", MM_EXPR_ERROR, "overflow", 1, "'<<' of a negative int");
  fails("#define A (1UL << 64)\n", "A", MM_EXPR_ERROR, "shift", 1,
        "shift count out of range for '<<' on unsigned long");
  fails("#define A (1UL >> -1)\n", "A", MM_EXPR_ERROR, "shift", 1,
        "shift count out of range for '>>' on unsigned long");
  fails("#define A (2147483647 + 1)\n", "A", MM_EXPR_ERROR, "overflow", 1,
        "'+' overflows int (signed overflow is undefined in C)");
  fails("#define A (0x7fffffffffffffffL * 2)\n", "A", MM_EXPR_ERROR, "overflow", 1,
        "'*' overflows long (signed overflow is undefined in C)");
  fails("#define A (-2147483647 - 2)\n", "A", MM_EXPR_ERROR, "overflow", 1,
        "'-' overflows int (signed overflow is undefined in C)");
  fails("#define Z 0\n#define A (1UL / Z)\n", "A", MM_EXPR_ERROR, "overflow", 2,
        "'/' by zero in unsigned long");
  fails("#define A (5 % 0)\n", "A", MM_EXPR_ERROR, "overflow", 1, "'%' by zero in int");
  fails("#define A (1 ? 2 : 3)\n", "A", MM_EXPR_ERROR, "expr", 1, "unsupported token '?'");
  fails("#define A (1 == 1)\n", "A", MM_EXPR_ERROR, "expr", 1, "unsupported token '='");
  fails("#define A (1 + 2\n", "A", MM_EXPR_ERROR, "expr", 1, "')' expected");
  fails("#define A 1 +\n", "A", MM_EXPR_ERROR, "expr", 1, "the expression ends too early");
  fails("#define A \"x\"\n", "A", MM_EXPR_ERROR, "expr", 1, "unsupported token '\"x\"'");
  fails("#define A\n", "A", MM_EXPR_ERROR, "expr", 1, "the macro is empty");
  fails("#define A sizeof(long)\n", "A", MM_EXPR_NONCONST, "not-constant", 1,
        "calls 'sizeof', a function, not a macro of the file");
}

static void test_casts(void)
{
  CHECK_EQ_U64(value_of("#define A ((unsigned long)-1)\n", "A"), UINT64_MAX);
  CHECK_EQ_U64(value_of("#define A ((unsigned int)-1)\n", "A"), 0xffffffffULL);
  CHECK_EQ_U64(value_of("#define A ((unsigned)-1)\n", "A"), 0xffffffffULL);
  CHECK_EQ_U64(value_of("#define A ((int)0xffffffffU)\n", "A"), UINT64_MAX);
  CHECK_EQ_U64(value_of("#define A ((u64)1 << 63)\n", "A"), 0x8000000000000000ULL);
  CHECK_EQ_U64(value_of("#define A ((unsigned long long)1 << 63)\n", "A"),
               0x8000000000000000ULL);
  CHECK_EQ_U64(value_of("#define A ((long)1 << 62)\n", "A"), 0x4000000000000000ULL);
  fails("#define A ((struct page *)0)\n", "A", MM_EXPR_NONCONST, "not-constant", 1,
        "reads 'struct', which is not a macro of the file (a variable?)");
  fails("#define A ((unsigned u64)0)\n", "A", MM_EXPR_ERROR, "expr", 1,
        "a cast to a type other than the integer types");
}

static void test_macros(void)
{
  /* textual expansion: S is 1 + 2, so S * 3 is 7, as cpp says */
  CHECK_EQ_U64(value_of("#define S 1 + 2\n#define T (S * 3)\n", "T"), 7);
  /* the kernel helpers, built in */
  CHECK_EQ_U64(value_of("#define P _AC(0xffff888000000000, UL)\n", "P"),
               0xffff888000000000ULL);
  CHECK_EQ_U64(value_of("#define P (_BITUL(12) | _UL(1) | BIT(4) | BIT_ULL(40))\n", "P"),
               0x10000001011ULL);
  /* ... or as the file defines them (gcc -dM -E of our own header) */
  CHECK_EQ_U64(value_of("#define MMSPEC__AC(X, Y) X##Y\n"
                        "#define MMSPEC_AC(X, Y) MMSPEC__AC(X, Y)\n"
                        "#define MMSPEC_VMALLOC_START MMSPEC_AC(0xffffc90000000000, ULL)\n",
                        "MMSPEC_VMALLOC_START"),
               0xffffc90000000000ULL);
  /* a problem inside a built-in helper is reported at the macro evaluated */
  fails("\n#define B _AC(1, Q)\n", "B", MM_EXPR_ERROR, "expr", 2,
        "'1Q' is not an integer literal (floating point and other suffixes are not "
        "supported)");
  /* a file's own _AC wins over the built-in one */
  CHECK_EQ_U64(value_of("#define _AC(X,Y) X\n#define P _AC(5, UL)\n", "P"), 5);
  /* a macro that expands to a function-like macro's name, called after it */
  CHECK_EQ_U64(value_of("#define F G\n#define G(x) (x + 1)\n#define A F(2)\n", "A"), 3);
  /* a function-like macro name without ( is just a name */
  fails("#define G(x) x\n#define A G\n", "A", MM_EXPR_NONCONST, "not-constant", 2,
        "reads 'G', which is not a macro of the file (a variable?)");
  /* nested calls and parentheses in arguments */
  CHECK_EQ_U64(value_of("#define ADD(a, b) ((a) + (b))\n#define A ADD(ADD(1, (2)), 4)\n",
                        "A"),
               7);
  fails("#define ADD(a, b) ((a) + (b))\n#define A ADD(ADD(1, (2, 3)), 4)\n", "A",
        MM_EXPR_ERROR, "expr", 2, "unsupported token ','");
  /* kernel KASAN_SHADOW_START for 4 levels */
  CHECK_EQ_U64(value_of("#define KASAN_SHADOW_OFFSET _AC(0xdffffc0000000000, UL)\n"
                        "#define __VIRTUAL_MASK_SHIFT 47\n"
                        "#define KASAN_SHADOW_SCALE_SHIFT 3\n"
                        "#define KASAN_SHADOW_START (KASAN_SHADOW_OFFSET + \\\n"
                        "    ((-1UL << __VIRTUAL_MASK_SHIFT) >> KASAN_SHADOW_SCALE_SHIFT))\n",
                        "KASAN_SHADOW_START"),
               0xffffec0000000000ULL);
  /* a self-referential macro stops: the inner name is an identifier */
  fails("#define foo foo\n", "foo", MM_EXPR_NONCONST, "not-constant", 1,
        "reads 'foo', which is not a macro of the file (a variable?)");
  fails("#define A B\n#define B A\n", "A", MM_EXPR_NONCONST, "not-constant", 2,
        "reads 'A', which is not a macro of the file (a variable?)");
  /* a variable, as __PAGE_OFFSET is with KASLR */
  fails("#define __PAGE_OFFSET page_offset_base\n#define PAGE_OFFSET ((unsigned "
        "long)__PAGE_OFFSET)\n",
        "PAGE_OFFSET", MM_EXPR_NONCONST, "not-constant", 1,
        "reads 'page_offset_base', which is not a macro of the file (a variable?)");
  fails("#define VMALLOC_SIZE_TB (pgtable_l5_enabled() ? 12800 : 32)\n", "VMALLOC_SIZE_TB",
        MM_EXPR_NONCONST, "not-constant", 1,
        "calls 'pgtable_l5_enabled', a function, not a macro of the file");
  fails("#define F(a, b) a\n#define A F(1)\n", "A", MM_EXPR_ERROR, "expr", 2,
        "macro 'F' takes 2 arguments, not 1");
  fails("#define F(a) a\n#define A F(1\n", "A", MM_EXPR_ERROR, "expr", 2,
        "unterminated call of macro 'F'");
  fails("#define F(...) 1\n#define A F(1)\n", "A", MM_EXPR_ERROR, "expr", 2,
        "macro 'F' takes `...`: not supported");
  fails("#define S(x) #x\n#define A S(1)\n", "A", MM_EXPR_ERROR, "expr", 1,
        "the # operator (stringizing) is not supported");
  fails("#define P(x) x ## +\n#define A P(1)\n", "A", MM_EXPR_ERROR, "expr", 1,
        "## does not make one token of '1+'");
  fails("#define F(x) (x)\n", "F", MM_EXPR_ERROR, "expr", 1,
        "a function-like macro has no value");
  /* exponential growth is cut off; so is deep nesting */
  {
    char text[4096];
    size_t o = (size_t)snprintf(text, sizeof text, "#define A0 1\n");
    for (int i = 1; i <= 20; i++)
      o += (size_t)snprintf(text + o, sizeof text - o, "#define A%d (A%d + A%d)\n", i, i - 1,
                            i - 1);
    fails(text, "A12", MM_EXPR_ERROR, "too-complex", 13,
          "the expansion is longer than 512 tokens");
    fails(text, "A20", MM_EXPR_ERROR, "recursion", 5, "macros nested more than 16 deep");
  }
}

static void test_reading(void)
{
  /* comments, continuations, CRLF, #undef, redefinition, other lines */
  const char *text = "/* a header\n#define A 99\n*/\n"
                     "#include <x.h>\n"
                     "#  define B (1 + /* two */ \\\n 2) // three\n"
                     "#define C 1\r\n"
                     "#undef C\n"
                     "#define D 1\n#define D 2\n"
                     "int x = 5; #define E 1\n"
                     "#define S \"/* not a comment */\" \n"
                     "#define F(a,b) a\n"
                     "#define G 7\n";
  const struct mm_define *d;
  CHECK(load(text) == 0, "parse");
  CHECK(mm_defines_find(&ds, "A", 1) == NULL, "A is in a comment");
  CHECK_EQ_U64(value_of(text, "B"), 3);
  d = mm_defines_find(&ds, "B", 1);
  CHECK(d && d->line == 5, "B at line 5");
  CHECK(mm_defines_find(&ds, "C", 1) == NULL, "C is #undef'd");
  CHECK_EQ_U64(value_of(text, "D"), 2);
  CHECK(mm_defines_find(&ds, "E", 1) == NULL, "E is not a directive");
  d = mm_defines_find(&ds, "F", 1);
  CHECK(d && d->function_like && d->nparams == 2, "F(a,b)");
  d = mm_defines_find(&ds, "G", 1);
  CHECK(d && d->line == 14, "G at line 14 (the string did not open a comment)");
  /* any bytes: no crash, nothing found */
  {
    char junk[512];
    for (size_t i = 0; i < sizeof junk; i++)
      junk[i] = (char)(i * 37 + 11);
    mm_defines_free(&ds);
    {
      const char *why;
      CHECK(mm_defines_parse(&ds, junk, sizeof junk, &why) == 0, "junk parses");
    }
  }
}

int main(void)
{
  test_literals();
  test_operators();
  test_casts();
  test_macros();
  test_reading();
  mm_defines_free(&ds);
  return check_report("defines");
}
