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

/* ---- Fatal signals: put the terminal back before the process dies ------------------------------
 *
 * A crash, `kill -SEGV`, Ctrl-\ (SIGQUIT) or an unhandled SIGUSR1 used to leave the terminal raw
 * with the cursor hidden. The handler below may only use async-signal-safe calls (write(2),
 * tcsetattr, sigaction, raise), and a Swift closure is not safe there, so it is C.
 *
 * Its state is file-static because a signal handler can reach nothing else. It is written only
 * by shim_fatal_install (before the handlers exist) and shim_fatal_uninstall (after they are
 * gone), and the handler only reads it. The state has internal linkage in every object file that
 * uses it, so exactly one Swift file (TerminalUI's FatalSignals.swift) may call shim_fatal_*. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#define SHIM_FATAL_SIGNAL_LIMIT 65
#define SHIM_FATAL_RESET_LIMIT 512

/* One block of state, reached through a function-local static: Swift's importer does not emit
 * file-scope static variables of a header, but it does emit an inline function and its locals. */
struct shim_fatal_state {
  struct termios modes;
  int has_modes;
  char reset[SHIM_FATAL_RESET_LIMIT];
  size_t reset_length;
  struct sigaction previous[SHIM_FATAL_SIGNAL_LIMIT];
  unsigned char installed[SHIM_FATAL_SIGNAL_LIMIT];
  volatile sig_atomic_t entered;
};

static inline struct shim_fatal_state *shim_fatal_state(void) {
  static struct shim_fatal_state state;
  return &state;
}

#define shim_fatal_modes (shim_fatal_state()->modes)
#define shim_fatal_has_modes (shim_fatal_state()->has_modes)
#define shim_fatal_reset (shim_fatal_state()->reset)
#define shim_fatal_reset_length (shim_fatal_state()->reset_length)
#define shim_fatal_previous (shim_fatal_state()->previous)
#define shim_fatal_installed (shim_fatal_state()->installed)
#define shim_fatal_entered (shim_fatal_state()->entered)

/* Appends terminfo capability `name` of the current terminal to the reset sequence. */
static inline void shim_fatal_append_capability(const char *name) {
  char *value = tigetstr(name);
  if (value == NULL || value == (char *)-1) return;
  size_t length = strlen(value);
  if (shim_fatal_reset_length + length >= SHIM_FATAL_RESET_LIMIT) return;
  memcpy(shim_fatal_reset + shim_fatal_reset_length, value, length);
  shim_fatal_reset_length += length;
}

/* The handler: restore the terminal once (a second fatal signal inside it skips to dying), then,
 * for a fault the kernel raised (SIGSEGV, SIGBUS, SIGILL, SIGFPE), run whatever handler was there
 * before (Swift's crash backtracer prints its report on the restored terminal), and die of the
 * signal with the default action. A signal sent with kill(2) skips the previous handler: the
 * backtracer returns after one, which would leave the process running without a screen. */
static void shim_fatal_handler(int number, siginfo_t *info, void *context) {
  if (!shim_fatal_entered) {
    shim_fatal_entered = 1;
    int saved_errno = errno;
    size_t written = 0;
    while (written < shim_fatal_reset_length) {
      ssize_t n = write(STDOUT_FILENO, shim_fatal_reset + written, shim_fatal_reset_length - written);
      if (n <= 0) break;
      written += (size_t)n;
    }
    if (shim_fatal_has_modes) tcsetattr(STDIN_FILENO, TCSANOW, &shim_fatal_modes);
    errno = saved_errno;
  }
  struct sigaction fallback;
  memset(&fallback, 0, sizeof fallback);
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  struct sigaction previous = fallback;
  if (number > 0 && number < SHIM_FATAL_SIGNAL_LIMIT && shim_fatal_installed[number]) previous = shim_fatal_previous[number];
  /* The default action first: a fault inside the previous handler then ends the process. */
  sigaction(number, &fallback, NULL);
  /* A crash report only for a fault the kernel raised; never for a signal another process sent,
   * nor for Ctrl-\ (SIGQUIT), which means "quit", not "crashed". */
  int crashed = info != NULL && info->si_code > 0 && number != SIGQUIT && number != SIGUSR1 && number != SIGUSR2;
  if (!crashed) {
    /* Nothing to report: die at once. */
  } else if (previous.sa_flags & SA_SIGINFO) {
    if (previous.sa_sigaction != NULL) previous.sa_sigaction(number, info, context);
  } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
    previous.sa_handler(number);
  }
  sigaction(number, &fallback, NULL);
  /* Blocked while this handler runs: delivered, with the default action, when it returns. */
  raise(number);
}

/* Installs the handler for `count` signals. `modes` (may be NULL) are the terminal modes to put
 * back; the reset sequence is read from terminfo now (call after newterm), falling back to plain
 * ANSI: attributes off, keypad transmit off, cursor shown, alternate screen left. */
static inline void shim_fatal_install(const int *signals, int count, const struct termios *modes) {
  if (modes != NULL) {
    shim_fatal_modes = *modes;
    shim_fatal_has_modes = 1;
  }
  shim_fatal_reset_length = 0;
  shim_fatal_append_capability("sgr0");
  shim_fatal_append_capability("rmkx");
  shim_fatal_append_capability("cnorm");
  shim_fatal_append_capability("rmcup");
  if (shim_fatal_reset_length == 0) {
    const char *ansi = "\033[0m\033[?1l\033[?25h\033[?1049l";
    shim_fatal_reset_length = strlen(ansi);
    memcpy(shim_fatal_reset, ansi, shim_fatal_reset_length);
  }
  shim_fatal_entered = 0;
  for (int i = 0; i < count; i++) {
    int number = signals[i];
    if (number <= 0 || number >= SHIM_FATAL_SIGNAL_LIMIT || shim_fatal_installed[number]) continue;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = shim_fatal_handler;
    sigemptyset(&action.sa_mask);
    /* SA_ONSTACK: a stack overflow (SIGSEGV) can still run the handler if an alternate stack exists. */
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    if (sigaction(number, &action, &shim_fatal_previous[number]) == 0) shim_fatal_installed[number] = 1;
  }
}

/* Puts back the handlers that were there before shim_fatal_install. */
static inline void shim_fatal_uninstall(void) {
  for (int number = 1; number < SHIM_FATAL_SIGNAL_LIMIT; number++) {
    if (!shim_fatal_installed[number]) continue;
    sigaction(number, &shim_fatal_previous[number], NULL);
    shim_fatal_installed[number] = 0;
  }
}

/* No core files: the process holds API secrets. RLIMIT_CORE 0 stops file dumps; PR_SET_DUMPABLE 0
 * also stops dumps piped to a collector (systemd-coredump, apport), which ignore the limit.
 * Returns 0 when both took effect. (prctl is variadic, so Swift cannot call it directly.) */
static inline int shim_disable_core_dumps(void) {
  struct rlimit none = {0, 0};
  int limit = setrlimit(RLIMIT_CORE, &none);
  int dumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  return (limit == 0 && dumpable == 0) ? 0 : -1;
}

/* 1 when the process may write a core file (for tests). */
static inline int shim_core_dumps_allowed(void) {
  struct rlimit limit;
  if (getrlimit(RLIMIT_CORE, &limit) != 0) return 1;
  return (limit.rlim_cur != 0 || prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0) ? 1 : 0;
}
#endif
