import MargintopCLI

await MargintopCommand.main()
