/// The fully commented example configuration that `--print-default-config` prints.
///
/// Kept byte for byte equal to `config/margintop.example.toml` (a test checks it).
enum DefaultConfig {
  static let text = """
# margintop configuration
#
# Location: $XDG_CONFIG_HOME/margintop/config.toml (by default ~/.config/margintop/config.toml),
# or any file given with --config FILE. Start from this file:
#
#   mkdir -p ~/.config/margintop
#   margintop --print-default-config > ~/.config/margintop/config.toml
#   chmod 600 ~/.config/margintop/config.toml
#
# Then `margintop check` validates it, reaches every account and reports each key's permissions.
# Use READ-ONLY API keys: a dashboard never needs to trade or withdraw.

# Seconds between refreshes of each account. Values below what the venues' rate limits allow
# are raised to that minimum, with a warning.
refresh = 5

# Colour theme (`margintop themes` lists them).
theme = "default"

# The terminal's background: "auto" (from COLORFGBG when the terminal sets it), "dark" or
# "light". `t` skips the themes made for the other kind.
# background = "auto"

# Start in privacy mode (amounts masked; `.` toggles it in the dashboard).
private = false

# Record every refresh in $XDG_STATE_HOME/margintop/history.sqlite (see `margintop history`);
# false (or --no-history) records nothing. The oldest rows go past history_max_bytes.
history = true
# history_max_bytes = 268435456

# One [[account]] table per account. Secrets come from, in order of preference:
#   <field>_env  = "VARIABLE"   an environment variable
#   <field>_file = "path"       a file holding only the value (relative paths start at this
#                               file's directory; ~/ is your home); keep it chmod 600
#   <field>      = "value"      inline, accepted only when THIS file is readable by you alone
#                               (chmod 600), as ssh insists for private keys
# where <field> is api_key, secret, or passphrase (OKX only). Set exactly one form per field.

[[account]]
name = "okx-main"                    # unique; shown in the dashboard and the snapshot
exchange = "okx"                     # okx | bybit
environment = "live"                 # live | demo (OKX demo trading)
# base_url = "https://www.okx.com"   # optional; https, or plain http to a loopback host only
#                                    # (EU accounts: https://eea.okx.com)
# currencies = ["BTC", "USDT"]       # optional: show only these currencies
api_key_env = "OKX_API_KEY"
secret_env = "OKX_API_SECRET"
passphrase_env = "OKX_PASSPHRASE"    # OKX only: the passphrase chosen when creating the key

[[account]]
name = "bybit-unified"
exchange = "bybit"
environment = "live"                 # live | demo (api-demo.bybit.com) | testnet (api-testnet.bybit.com)
account_type = "UNIFIED"             # Bybit only: UNIFIED | CONTRACT | SPOT
# base_url = "https://api.bybit.com"
api_key_env = "BYBIT_API_KEY"
secret_file = "~/.config/margintop/bybit.secret"

# Alerts (docs/alerts.md): the rules below are the defaults, from the README's risk table.
# Uncomment [alerts] above the first [[account]] table (TOML puts keys after a table header
# into that table), or give one account its own rules with [account.alerts] after it.
# [alerts]
# min_level = "watch"                # alert from this level up: watch | warn | danger | critical
# margin_usage = { watch = 50, warn = 70, danger = 85, critical = 95 }   # percent
# auto_conversion = { watch = 1, warn = 2, danger = 3, critical = 4 }    # colBorrAutoConversion 0-5
# forced_repayment = { watch = 1, warn = 2, danger = 3, critical = 4 }   # twap 0-5
# collateral_restriction = { warn = 1, danger = 2 }                      # colRes
# hysteresis = 2                     # margin usage leaves a level 2 points below its threshold
# dwell = 2                          # refreshes a new level must hold before it alerts
# dwell_seconds = 0                  # and for at least this long
# rate_limit = 300                   # seconds between alerts of one subject (rises alert at once)
# stale_after = 60                   # seconds without a successful read before "stale"
# bell = true                        # terminal bell once per alert (dashboard)
# desktop = false                    # OSC 9 / OSC 777 desktop notification (dashboard)
# command = ["/usr/local/bin/margintop-alert"]   # hook: no shell, one JSON object on stdin
# command_timeout = 10               # seconds before the hook is killed
# log = true                         # $XDG_STATE_HOME/margintop/alerts.log; false, or a path

"""
}
