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
#endif
