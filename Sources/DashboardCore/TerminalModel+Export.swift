// The core's API speaks in frames, cells, styles, keys and sizes: whoever imports the core
// (the command line, the tests) gets those types with it.
@_exported import TerminalModel
