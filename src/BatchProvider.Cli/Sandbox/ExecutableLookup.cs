namespace BatchProvider.Cli.Sandbox;

/// <summary>
/// Whether <c>sandbox run</c> can start its command, decided before a sandbox is started for it (moto takes seconds
/// to start). Looks where .NET's process start looks on Unix: a name with a '/' is a path from the current directory;
/// a bare name is searched in the program's directory, the current directory and then PATH.
/// </summary>
internal static class ExecutableLookup
{
    /// <summary>Null when <paramref name="command"/> names an executable file, otherwise why it cannot run.</summary>
    public static string? Problem(string command, IReadOnlyList<string> path, string currentDirectory)
    {
        if (command.Length == 0)
        {
            return "the command is empty";
        }

        if (command.Contains('/'))
        {
            var file = System.IO.Path.GetFullPath(command, currentDirectory);
            return Directory.Exists(file) ? $"{command} is a directory"
                : !File.Exists(file) ? $"{command} does not exist"
                : IsExecutable(file) ? null
                : $"{command} is not executable (chmod +x {command})";
        }

        var candidates = new[] { AppContext.BaseDirectory, currentDirectory }.Concat(path).Select(d => System.IO.Path.Combine(d, command));
        return candidates.Any(f => File.Exists(f) && IsExecutable(f)) ? null : $"{command} is not found in PATH";
    }

    private static bool IsExecutable(string file) =>
        OperatingSystem.IsWindows() || (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
