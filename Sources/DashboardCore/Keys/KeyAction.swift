/// What a key does; the reducer handles actions, never raw keys (except in filter input).
public enum KeyAction: String, Sendable, Hashable, CaseIterable {
  case moveUp, moveDown, moveLeft, moveRight, pageUp, pageDown, first, last
  case nextAccount, previousAccount, selectAccount, selectAll
  case openDetail, back, toggleView, startFilter, sortNext, sortPrevious, sortReverse
  case togglePause, refreshNow, intervalUp, intervalDown
  case togglePrivacy, toggleExact, nextTheme, help, quit, forceQuit
  case alertLog, acknowledgeAlerts
  case history, historyWindow
}
