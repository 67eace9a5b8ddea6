using System.Globalization;
using System.Text.RegularExpressions;

namespace BatchProvider.Domain.Parsing;

/// <summary>
/// Parsers for scalars as CloudFormation sends them: always text. <c>"10"</c>, <c>"true"</c>, <c>"0.5"</c>,
/// durations such as <c>"90s"</c>, <c>"30m"</c>, <c>"4h"</c>, <c>"7d"</c> or plain seconds, sizes such as
/// <c>"1 GiB"</c>, <c>"512 MiB"</c> or a plain MiB number.
/// </summary>
public static partial class Scalars
{
    /// <summary>A whole number; "4.0" is accepted as 4 because YAML and JSON emitters sometimes write it so.</summary>
    public static ParseResult<long> Integer(string text)
    {
        var t = text.Trim();
        if (long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)) return ParseResult<long>.Ok(v);
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && Math.Floor(d) == d && Math.Abs(d) < 1e15)
            return ParseResult<long>.Ok((long)d);
        return ParseResult<long>.Fail(ParsingMessages.NotAWholeNumber(text));
    }

    /// <summary>A finite decimal number.</summary>
    public static ParseResult<double> Number(string text)
    {
        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
            return ParseResult<double>.Ok(d);
        return ParseResult<double>.Fail(ParsingMessages.NotANumber(text));
    }

    /// <summary><c>true</c> or <c>false</c>, in any case (CloudFormation sends "true"/"false"; YAML users write True).</summary>
    public static ParseResult<bool> Boolean(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" => ParseResult<bool>.Ok(true),
        "false" => ParseResult<bool>.Ok(false),
        _ => ParseResult<bool>.Fail(ParsingMessages.NotABoolean(text)),
    };

    /// <summary>A duration in whole seconds: <c>90s</c>, <c>30m</c>, <c>4h</c>, <c>7d</c>, or a number of seconds.</summary>
    public static ParseResult<long> DurationSeconds(string text)
    {
        var m = DurationPattern().Match(text.Trim());
        if (!m.Success)
            return ParseResult<long>.Fail(ParsingMessages.NotADuration(text));
        var amount = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var factor = m.Groups["u"].Value.ToLowerInvariant() switch
        {
            "" or "s" or "sec" or "secs" or "second" or "seconds" => 1,
            "m" or "min" or "mins" or "minute" or "minutes" => 60,
            "h" or "hr" or "hrs" or "hour" or "hours" => 3600,
            _ => 86400,
        };
        var seconds = amount * factor;
        if (seconds != Math.Floor(seconds) || seconds > int.MaxValue)
            return ParseResult<long>.Fail(ParsingMessages.NotWholeSeconds(text));
        return ParseResult<long>.Ok((long)seconds);
    }

    /// <summary>A size in MiB: <c>1 GiB</c>, <c>512 MiB</c>, <c>2 TiB</c>, or a plain number of MiB.</summary>
    public static ParseResult<long> SizeMiB(string text)
    {
        var m = SizePattern().Match(text.Trim());
        if (!m.Success)
            return ParseResult<long>.Fail(ParsingMessages.NotASize(text));
        var amount = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var factor = m.Groups["u"].Value.ToLowerInvariant() switch
        {
            "" or "mib" or "mi" or "m" or "mb" => 1d,
            "gib" or "gi" or "g" or "gb" => 1024d,
            "tib" or "ti" or "t" or "tb" => 1024d * 1024d,
            _ => 1d / 1024d, // KiB
        };
        var mib = amount * factor;
        if (mib != Math.Floor(mib) || mib > int.MaxValue)
            return ParseResult<long>.Fail(ParsingMessages.NotWholeMiB(text));
        return ParseResult<long>.Ok((long)mib);
    }

    /// <summary>Renders seconds the way a user would write them back (<c>1800</c> → <c>30m</c>).</summary>
    public static string FormatDuration(long seconds) => seconds switch
    {
        0 => "0s",
        _ when seconds % 86400 == 0 => $"{seconds / 86400}d",
        _ when seconds % 3600 == 0 => $"{seconds / 3600}h",
        _ when seconds % 60 == 0 => $"{seconds / 60}m",
        _ => $"{seconds}s",
    };

    [GeneratedRegex(@"^(?<n>\d+(\.\d+)?)\s*(?<u>s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^(?<n>\d+(\.\d+)?)\s*(?<u>KiB|Ki|MiB|Mi|M|MB|GiB|Gi|G|GB|TiB|Ti|T|TB)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
