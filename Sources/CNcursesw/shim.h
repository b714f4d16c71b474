#ifndef NABO_CNCURSESW_SHIM_H
#define NABO_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags, so the wide-character API must be switched on here,
// before curses.h is read.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects reads of C mutable globals as not concurrency-safe, so each one the terminal
// needs is read through a function.
static inline WINDOW *nabo_stdscr(void) { return stdscr; }
static inline int nabo_lines(void) { return LINES; }
static inline int nabo_cols(void) { return COLS; }
static inline int nabo_colors(void) { return COLORS; }
static inline int nabo_color_pairs(void) { return COLOR_PAIRS; }

// newterm rather than initscr, because initscr exits the process when the terminal type is
// unknown, and the caller wants to explain that in words instead; stdin and stdout are globals.
static inline SCREEN *nabo_newterm(void) { return newterm(NULL, stdout, stdin); }

// getmaxyx is a macro that assigns to its arguments.
static inline void nabo_getmaxyx(WINDOW *window, int *rows, int *columns) {
    int y, x;
    getmaxyx(window, y, x);
    *rows = y;
    *columns = x;
}

// The attribute macros are built from NCURSES_BITS, which Swift cannot import.
static inline attr_t nabo_attr_normal(void) { return WA_NORMAL; }
static inline attr_t nabo_attr_bold(void) { return WA_BOLD; }
static inline attr_t nabo_attr_dim(void) { return WA_DIM; }
static inline attr_t nabo_attr_reverse(void) { return WA_REVERSE; }
static inline attr_t nabo_attr_underline(void) { return WA_UNDERLINE; }
static inline attr_t nabo_attr_italic(void) { return WA_ITALIC; }
static inline attr_t nabo_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

static inline int nabo_key_f(int n) { return KEY_F(n); }

// The mouse masks are function-like macros as well.
static inline mmask_t nabo_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t nabo_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t nabo_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t nabo_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t nabo_button5_pressed(void) { return BUTTON5_PRESSED; }

// glibc declares wcwidth only under _XOPEN_SOURCE, which the Glibc module was built without.
extern int wcwidth(wchar_t c);
static inline int nabo_wcwidth(wchar_t c) { return wcwidth(c); }

// One grapheme into one cell: cchar_t holds at most CCHARW_MAX characters and its layout is not
// something Swift should fill in by hand. `chars` must be zero-terminated.
static inline int nabo_put_grapheme(int row, int column, const wchar_t *chars, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attributes, pair, NULL) != OK) {
        return ERR;
    }
    return mvadd_wch(row, column, &cell);
}

// The blank that clear() and erase() paint with, so a cleared screen has the theme's background.
static inline void nabo_set_background(attr_t attributes, short pair) {
    cchar_t blank;
    wchar_t space[2] = { L' ', 0 };
    setcchar(&blank, space, attributes, pair, NULL);
    wbkgrndset(stdscr, &blank);
}

static inline int nabo_get_wch(wint_t *character) { return wget_wch(stdscr, character); }

// The terminal must be given back on every way out: a fatal signal restores it, then lets the
// signal's default action run; exit() from anywhere restores it too.
static inline void nabo_restore_terminal(void) {
    if (!isendwin()) {
        endwin();
    }
}

static inline void nabo_restore_and_reraise(int signal_number) {
    endwin();
    raise(signal_number);
}

static inline void nabo_restore_terminal_on_exit(void) {
    static const int fatal_signals[] = { SIGINT, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP };
    // SIGTERM and SIGHUP are not among them: they ask the program to stop (`StopSignals`), so the
    // form being typed is kept as a draft first.
    static const int stop_signals[] = { SIGTERM, SIGHUP };
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = nabo_restore_and_reraise;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    // A parent may hand down these signals blocked (threads of Dispatch block them, and children
    // spawned from such a thread inherit the mask): blocked, a SIGTERM would never arrive.
    sigset_t handled;
    sigemptyset(&handled);
    for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++) {
        sigaction(fatal_signals[i], &action, NULL);
        sigaddset(&handled, fatal_signals[i]);
    }
    for (size_t i = 0; i < sizeof stop_signals / sizeof stop_signals[0]; i++) {
        sigaddset(&handled, stop_signals[i]);
    }
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
    atexit(nabo_restore_terminal);
}

#endif
