namespace BatchProvider.Cli;

/// <summary>Where a command writes: standard output for results, standard error for problems.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
