import MargintopCLI

await MargintopCommand.runAsMain()
