import ArgumentParser
import Logging

/// `--config FILE`, shared by the commands that read the configuration.
struct ConfigOption: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Configuration file.", discussion: "Default: $XDG_CONFIG_HOME/margintop/config.toml (~/.config/margintop/config.toml).", valueName: "file"))
  var config: String?
}

/// `--log-level LEVEL`, shared by every command.
struct LogLevelOption: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Log level written to $XDG_STATE_HOME/margintop/margintop.log.", valueName: "level"))
  var logLevel: Logger.Level = .info
}
