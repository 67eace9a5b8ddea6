using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Tests.Aws.Fakes;

namespace BatchProvider.Lambda.Tests.Logging;

public sealed class JsonLinesLogSinkTests
{
    [Fact]
    public void Write_EmitsOneJsonObjectPerLine()
    {
        var output = new StringWriter();
        var sink = new JsonLinesLogSink(output, new TestTimeProvider());

        sink.Write(LogEvent.Of(LogLevel.Warn, "aws.retry", ("service", "batch"), ("attempt", 2), ("delayMs", TimeSpan.FromMilliseconds(12.5)), ("ok", false), ("requestId", null), ("message", "line\nbreak \"q\"")));
        sink.Write(LogEvent.Of(LogLevel.Debug, "dropped"));

        Assert.Equal(
            """{"time":"2026-01-01T00:00:00.000Z","level":"warn","event":"aws.retry","service":"batch","attempt":2,"delayMs":12.5,"ok":false,"requestId":null,"message":"line\nbreak \u0022q\u0022"}""" + Environment.NewLine,
            output.ToString());
    }
}
