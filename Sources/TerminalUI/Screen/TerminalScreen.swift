import CNcursesw
import TerminalModel
import Glibc

/// The curses screen: the only owner of the terminal. Every method runs on the main actor,
/// because ncurses is not thread-safe.
@MainActor
public final class TerminalScreen {
  /// What the terminal can show, decided once when the screen opened.
  public let capabilities: TerminalCapabilities
  /// The current size in cells.
  public private(set) var size: TerminalSize

  let window: UnsafeMutablePointer<WINDOW>
  let mapping: ColorMapping
  var pairs: ColorPairRegistry
  /// Curses attributes and pair per style, so a frame costs no repeated look-ups.
  var styleCache: [CellStyle: (attributes: attr_t, pair: Int32)] = [:]
  /// What the terminal shows now; `nil` forces the next draw to write every cell.
  var shown: Frame?
  private(set) var isOpen = true
  /// The window title last set (`setTitle`); `nil` until the first.
  private var shownTitle: String?
  /// Whether this terminal takes a window title (xterm's OSC 2, which tmux and screen pass on as
  /// the pane's title); elsewhere (the Linux console, vt100) the sequence would be noise.
  private var takesTitle = false

  /// Opens the screen on the process's terminal: checks that stdin and stdout are terminals,
  /// sets the locale, starts curses with `newterm` (so a missing terminfo entry is a clear
  /// error, not curses' own "Error opening terminal" and exit), and decides the capabilities.
  public init(options: TerminalOptions) throws(TerminalError) {
    guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(stream: "output") }
    guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(stream: "input") }
    guard let term = Self.environment("TERM"), !term.isEmpty else { throw .termUnset }

    // Before curses starts: wide characters are only shown under a UTF-8 locale.
    setlocale(LC_ALL, "")
    let codeset = shim_codeset().map { String(cString: $0) } ?? ""

    TerminalRestore.save()
    guard let input = shim_fdopen_read(STDIN_FILENO), let output = shim_fdopen_write(STDOUT_FILENO),
      newterm(term, output, input) != nil, let window = shim_stdscr()
    else { throw .unknownTerminal(term) }
    // A terminal that cannot move the cursor (TERM=dumb) would get a blank screen: say so.
    let cup = tigetstr("cup")
    guard let cup, Int(bitPattern: cup) != -1 else {
      endwin()
      throw .cannotAddressCursor(term)
    }
    TerminalRestore.cursesStarted()
    self.window = window
    takesTitle = ["xterm", "tmux", "screen", "rxvt", "alacritty", "kitty", "foot", "wezterm", "vte", "konsole", "gnome", "st-"]
      .contains { term.hasPrefix($0) }

    if Self.environment("ESCDELAY") == nil { set_escdelay(Int32(options.escapeDelayMilliseconds)) }
    cbreak()
    noecho()
    nonl()
    intrflush(window, false)
    keypad(window, true)
    nodelay(window, true)
    // The cursor's position never matters, so ncurses may leave it wherever it is cheapest.
    leaveok(window, true)
    curs_set(0)

    let hasColors = has_colors()
    let noColorEnvironment = Self.environment("NO_COLOR")
    let wantsColor = !options.noColor && (noColorEnvironment ?? "").isEmpty
    if hasColors && wantsColor { start_color() }
    let probe = CapabilityProbe(
      codeset: codeset, noColorEnvironment: noColorEnvironment, hasColors: hasColors,
      colors: hasColors && wantsColor ? Int(shim_COLORS()) : 0)
    capabilities = TerminalCapabilities.decide(probe, forceASCII: options.forceASCII, noColor: options.noColor)
    let defaultColors = capabilities.colorDepth != .monochrome && use_default_colors() == OK
    mapping = ColorMapping(depth: capabilities.colorDepth, defaultColors: defaultColors)
    pairs = ColorPairRegistry(capacity: capabilities.colorDepth == .monochrome ? 0 : Int(shim_COLOR_PAIRS()))
    size = TerminalSize(width: Int(shim_COLS()), height: Int(shim_LINES()))

    // ncurses 6.4 flushes its output after every cursor move until a screen has been suspended
    // and resumed once (it cannot tell its own moves from a low-level terminfo program's): about
    // 20 write(2) calls per frame instead of one. Suspending and resuming before the first frame
    // ends that; the screen is still blank, so nothing visible is redrawn.
    endwin()
    doupdate()
  }

  /// Ends curses and restores the terminal modes; safe to call more than once.
  public func close() {
    guard isOpen else { return }
    isOpen = false
    TerminalRestore.restore()
    // Give back the title the window had before (xterm's title stack).
    if shownTitle != nil { Self.writeOut("\u{1b}[23;0t") }
  }

  /// Sets the window title, so a pane nobody looks at still says how the accounts stand (tmux
  /// shows it as the pane title). The title before is saved on the terminal's title stack at
  /// the first call and put back by `close()`. Control characters are dropped.
  public func setTitle(_ title: String) {
    guard isOpen, takesTitle, title != shownTitle else { return }
    let clean = String(String.UnicodeScalarView(title.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
    Self.writeOut((shownTitle == nil ? "\u{1b}[22;0t" : "") + "\u{1b}]2;" + clean + "\u{7}")
    shownTitle = title
  }

  /// Writes straight to the terminal, after curses has flushed its own output.
  static func writeOut(_ text: String) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count, let base = buffer.baseAddress {
        let written = write(STDOUT_FILENO, base + offset, buffer.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }

  /// Re-reads the terminal size after SIGWINCH and resizes curses to it. The next draw writes
  /// every cell. (`KEY_RESIZE`, which this queues, is ignored by the key decoder.)
  @discardableResult
  public func resize() -> TerminalSize {
    var rows = shim_LINES()
    var columns = shim_COLS()
    var windowSize = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &windowSize) == 0, windowSize.ws_row > 0, windowSize.ws_col > 0 {
      rows = Int32(windowSize.ws_row)
      columns = Int32(windowSize.ws_col)
    }
    resizeterm(rows, columns)
    size = TerminalSize(width: Int(shim_COLS()), height: Int(shim_LINES()))
    invalidate()
    return size
  }

  /// Makes the next draw clear the terminal and write every cell (Ctrl-L, or after a resize).
  public func invalidate() {
    shown = nil
    clearok(window, true)
  }

  static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
