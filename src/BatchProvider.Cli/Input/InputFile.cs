using System.Text;

namespace BatchProvider.Cli.Input;

/// <summary>
/// Reads FILE as UTF-8 text, at most <see cref="MaxBytes"/>: a template bigger than CloudFormation accepts is a
/// mistake (or <c>/dev/zero</c>), and reading it whole would exhaust memory before any diagnostic.
/// </summary>
internal static class InputFile
{
    /// <summary>CloudFormation's own limit for a template body uploaded through S3 (1 MB), with room to spare.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>The text of <paramref name="path"/>, or null and the reason in <paramref name="error"/>.</summary>
    public static string? Read(string path, out string? error)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var buffer = new byte[MaxBytes + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0) length += read;
            if (length > MaxBytes)
            {
                error = $"cannot read {path}: it is larger than {MaxBytes / (1024 * 1024)} MiB; a CloudFormation template is at most 1 MB.";
                return null;
            }
            error = null;
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(buffer, 0, length).TrimStart('\uFEFF');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"cannot read {path}: {e.Message}";
            return null;
        }
    }
}
