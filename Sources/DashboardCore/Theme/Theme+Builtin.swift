extension Theme {
  /// The themes that work with no files at all: the text of `themes/default.toml` and
  /// `themes/monochrome.toml`, compiled in (a test keeps them identical to the files).
  public static let builtinSources: [String: String] = [
    "default": builtinDefaultSource,
    "monochrome": builtinMonochromeSource,
  ]

  /// The built-in `default` theme, the root every theme falls back to.
  public static let builtinDefault: Theme = builtin("default")

  /// The built-in `monochrome` theme.
  public static let builtinMonochrome: Theme = builtin("monochrome").inheriting(from: builtinDefault)

  /// Parses a compiled-in theme; the tests prove these parse, so the empty theme is unreachable.
  private static func builtin(_ name: String) -> Theme {
    let source = builtinSources[name] ?? ""
    return (try? parse(source, name: name, file: "built-in").theme) ?? Theme(name: name)
  }

  private static let builtinDefaultSource = #"""
# margintop theme: default
# The terminal's own 16 colours on its own background, so the dashboard looks like the rest of
# the user's terminal. Every other theme falls back to this one, role by role.
name = "default"
description = "Your terminal's own 16 colours and background"

[roles]
"ui.text"         = "default"
"ui.muted"        = { modifiers = ["dim"] }
"ui.border"       = { modifiers = ["dim"] }
"ui.border.focus" = { fg = "cyan", modifiers = ["bold"] }
"ui.header"       = { modifiers = ["bold", "reverse"] }
"ui.selected"     = { modifiers = ["reverse"] }
"ui.key_hint"     = { fg = "cyan", modifiers = ["bold"] }
"ui.stale"        = { fg = "yellow", modifiers = ["dim"] }
"ui.error"        = { fg = "red", modifiers = ["bold"] }
"value.positive"  = "green"
"value.negative"  = "red"
"value.zero"      = { modifiers = ["dim"] }
"value.masked"    = { modifiers = ["dim"] }
"value.changed"   = { modifiers = ["bold"] }
"risk.ok"         = "green"
"risk.watch"      = "cyan"
"risk.warn"       = "yellow"
"risk.danger"     = { fg = "red", modifiers = ["bold"] }
"risk.critical"   = { fg = "red", modifiers = ["bold", "reverse"] }
"risk.unknown"    = { fg = "magenta", modifiers = ["bold"] }
"exchange.okx"    = "default"
"exchange.bybit"  = "yellow"

# Without colour (NO_COLOR, --no-color, a terminal without colours) only attributes remain, and
# the risk levels must still read differently: ok dim, watch normal, warn underlined, danger
# bold, critical bold and reversed, unknown bold and underlined.
[monochrome]
"ui.text"         = "normal"
"ui.muted"        = "dim"
"ui.border"       = "dim"
"ui.border.focus" = "bold"
"ui.header"       = ["bold", "reverse"]
"ui.selected"     = "reverse"
"ui.key_hint"     = "bold"
"ui.stale"        = ["dim", "underline"]
"ui.error"        = "bold"
"value.positive"  = "normal"
"value.negative"  = "normal"
"value.zero"      = "dim"
"value.masked"    = "dim"
"value.changed"   = "bold"
"risk.ok"         = "dim"
"risk.watch"      = "normal"
"risk.warn"       = "underline"
"risk.danger"     = "bold"
"risk.critical"   = ["bold", "reverse"]
"risk.unknown"    = ["bold", "underline"]
"exchange.okx"    = "normal"
"exchange.bybit"  = "normal"

"""#

  private static let builtinMonochromeSource = #"""
# margintop theme: monochrome
# Attributes only, at every colour depth: for people who want no colour at all, and what every
# theme turns into without colour. Risk levels read by attribute: ok dim, watch normal,
# warn underlined, danger bold, critical bold and reversed.
name = "monochrome"
description = "No colour: bold, dim, underline and reverse only"
inherits = "default"

[roles]
"ui.text"         = "default"
"ui.muted"        = { modifiers = ["dim"] }
"ui.border"       = { modifiers = ["dim"] }
"ui.border.focus" = { modifiers = ["bold"] }
"ui.header"       = { modifiers = ["bold", "reverse"] }
"ui.selected"     = { modifiers = ["reverse"] }
"ui.key_hint"     = { modifiers = ["bold"] }
"ui.stale"        = { modifiers = ["dim", "underline"] }
"ui.error"        = { modifiers = ["bold"] }
"value.positive"  = "default"
"value.negative"  = "default"
"value.zero"      = { modifiers = ["dim"] }
"value.masked"    = { modifiers = ["dim"] }
"value.changed"   = { modifiers = ["bold"] }
"risk.ok"         = { modifiers = ["dim"] }
"risk.watch"      = "default"
"risk.warn"       = { modifiers = ["underline"] }
"risk.danger"     = { modifiers = ["bold"] }
"risk.critical"   = { modifiers = ["bold", "reverse"] }
"risk.unknown"    = { modifiers = ["bold", "underline"] }
"exchange.okx"    = "default"
"exchange.bybit"  = "default"

"""#
}
