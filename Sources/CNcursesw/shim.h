#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
/* Must come before <ncursesw/curses.h>: makes the wide-char API (setcchar, cchar_t, wadd_wch) visible. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift 6 rejects reads of ncurses' mutable C globals; these accessors are the sanctioned way in. */
static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline WINDOW *shim_curscr(void) { return curscr; }
static inline int shim_LINES(void) { return LINES; }
static inline int shim_COLS(void) { return COLS; }
static inline int shim_COLORS(void) { return COLORS; }
static inline int shim_COLOR_PAIRS(void) { return COLOR_PAIRS; }
static inline void shim_set_ESCDELAY(int ms) { ESCDELAY = ms; }

/* Attribute macros built with NCURSES_BITS(...) are not imported by Swift. */
static inline unsigned int shim_A_NORMAL(void) { return (unsigned int)A_NORMAL; }
static inline unsigned int shim_A_BOLD(void) { return (unsigned int)A_BOLD; }
static inline unsigned int shim_A_DIM(void) { return (unsigned int)A_DIM; }
static inline unsigned int shim_A_REVERSE(void) { return (unsigned int)A_REVERSE; }
static inline unsigned int shim_A_UNDERLINE(void) { return (unsigned int)A_UNDERLINE; }
static inline int shim_KEY_F(int n) { return KEY_F(n); }
/* KEY_CODE_YES is an octal macro; spelled here so Swift sees the same value ncurses returns. */
static inline int shim_KEY_CODE_YES(void) { return KEY_CODE_YES; }

/* Glibc's stdin/stdout are mutable C globals as well; newterm wants FILE pointers for the tty. */
static inline FILE *shim_fdopen_read(int fd) { return fdopen(fd, "r"); }
static inline FILE *shim_fdopen_write(int fd) { return fdopen(fd, "w"); }

/* Columns a character occupies; glibc hides wcwidth unless _XOPEN_SOURCE is set before its headers. */
extern int wcwidth(wchar_t);
static inline int shim_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/* The codeset of the current locale ("UTF-8" when wide characters can be shown). */
static inline const char *shim_codeset(void) { return nl_langinfo(CODESET); }
#endif
