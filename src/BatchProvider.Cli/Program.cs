return await BatchProvider.Cli.BatchStackCli.RunAsync(args, Console.Out, Console.Error);
