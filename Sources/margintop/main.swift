import MargintopCLI

MargintopCommand.main()
