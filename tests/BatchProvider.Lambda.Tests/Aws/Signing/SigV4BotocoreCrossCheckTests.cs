using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Aws.Signing;

namespace BatchProvider.Lambda.Tests.Aws.Signing;

/// <summary>
/// Signs randomized requests (paths and queries with characters needing encoding, dot and empty segments, odd header
/// whitespace, repeated headers, binary bodies, dates, session tokens) with our signer and with botocore's
/// SigV4Auth (sigv4_botocore.py), and requires identical canonical requests and signatures.
/// </summary>
public sealed class SigV4BotocoreCrossCheckTests
{
    private const int Cases = 60;

    [Fact]
    public async Task Sign_RandomizedRequests_MatchBotocoreExactly()
    {
        var random = new Random(20261121);
        var cases = Enumerable.Range(0, Cases).Select(_ => RandomCase(random)).ToList();

        var botocore = await RunBotocoreAsync(cases);

        Assert.Equal(cases.Count, botocore.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var ours = SigV4Signer.Sign(c.Request, c.Credentials, c.Region, c.Service, c.Time);
            var theirs = botocore[i]!;
            Assert.Equal((string)theirs["canonical_request"]!, ours.CanonicalRequest);
            Assert.Equal((string)theirs["string_to_sign"]!, ours.StringToSign);
            Assert.Equal((string)theirs["signature"]!, ours.Signature);
            Assert.Equal((string)theirs["authorization"]!, ours.HeadersToAdd.Single(h => h.Key == "Authorization").Value);
            Assert.Equal((string)theirs["payload_sha256"]!, ours.HeadersToAdd.Single(h => h.Key == "X-Amz-Content-SHA256").Value);
        }
    }

    [Fact]
    public void Sign_TagsPathWithArn_DoubleEncodesTheLabel()
    {
        var path = "/v1/tags/" + AwsUriEncoding.Encode("arn:aws:batch:us-east-1:123456789012:job-queue/q 1");
        var result = SigV4Signer.Sign(new SigningRequest("GET", "batch.us-east-1.amazonaws.com", path, "", [], default),
            new AwsCredentials("AKID", "secret"), "us-east-1", "batch", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

        Assert.Equal("/v1/tags/arn%3Aaws%3Abatch%3Aus-east-1%3A123456789012%3Ajob-queue%2Fq%201", path);
        Assert.Equal("/v1/tags/arn%253Aaws%253Abatch%253Aus-east-1%253A123456789012%253Ajob-queue%252Fq%25201", result.CanonicalRequest.Split('\n')[1]);
    }

    private sealed record Case(SigningRequest Request, string Url, AwsCredentials Credentials, string Region, string Service, DateTimeOffset Time);

    private static Case RandomCase(Random random)
    {
        string Pick(params string[] options) => options[random.Next(options.Length)];
        var scheme = Pick("https", "http");
        var host = Pick("batch.us-east-1.amazonaws.com", "127.0.0.1:5000", "localhost:4566", "sqs.eu-west-1.amazonaws.com");

        var segments = Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(8) switch
        {
            0 => ".",
            1 => "..",
            2 => "",
            _ => AwsUriEncoding.Encode(RandomText(random, 1, 12)),
        }).ToList();
        var path = "/" + string.Join('/', segments) + (random.Next(4) == 0 ? "/" : "");

        var query = string.Join('&', Enumerable.Range(0, random.Next(0, 5)).Select(_ =>
        {
            var key = random.Next(4) == 0 ? "tagKeys" : RandomText(random, 1, 6);
            return $"{AwsUriEncoding.Encode(key)}={AwsUriEncoding.Encode(RandomText(random, 0, 10))}";
        }));

        var headers = new List<KeyValuePair<string, string>>();
        if (random.Next(2) == 0)
        {
            headers.Add(new("Content-Type", Pick("application/json", "application/x-amz-json-1.0", "application/x-www-form-urlencoded; charset=utf-8")));
        }

        if (random.Next(2) == 0)
        {
            headers.Add(new("X-Amz-Target", Pick("AmazonSQS.SendMessage", "AWSEvents.PutEvents")));
        }

        if (random.Next(3) == 0)
        {
            headers.Add(new("User-Agent", "batchprovider/1.0"));
        }

        for (var i = random.Next(0, 3); i > 0; i--)
        {
            var name = "X-Test-" + Pick("Alpha", "beta", "GAMMA");
            headers.Add(new(name, Pick(" lead", "trail  ", "in   between\tvalue", "a,b", "plain", "") + RandomToken(random)));
        }

        var body = new byte[random.Next(4) == 0 ? 0 : random.Next(1, 200)];
        random.NextBytes(body);
        var time = new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(random.NextInt64(0, 20L * 365 * 24 * 3600));
        var token = random.Next(2) == 0 ? null : "FwoGZXIvYXdzE" + RandomToken(random) + "/+=";
        var credentials = new AwsCredentials("AKIA" + RandomToken(random).ToUpperInvariant(), "secret/" + RandomToken(random) + "+key", token);
        var url = $"{scheme}://{host}{path}{(query.Length > 0 ? "?" + query : "")}";
        return new Case(
            new SigningRequest(Pick("GET", "POST", "PUT", "DELETE"), host, path, query, headers, body),
            url, credentials, Pick("us-east-1", "eu-west-1", "ap-southeast-2", "cn-north-1"), Pick("batch", "sqs", "events"), time);
    }

    private static string RandomText(Random random, int min, int max)
    {
        const string alphabet = "abcXYZ019-_.~ :/@!$&'()*+,;=?#[]%\"<>^`{|}é日本ü";
        var text = new StringBuilder();
        var length = random.Next(min, max + 1);
        var elements = StringInfo.GetTextElementEnumerator(alphabet);
        var chars = new List<string>();
        while (elements.MoveNext())
        {
            chars.Add((string)elements.Current);
        }

        for (var i = 0; i < length; i++)
        {
            text.Append(chars[random.Next(chars.Count)]);
        }

        return text.ToString();
    }

    private static string RandomToken(Random random) => Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64()));

    private static async Task<JsonArray> RunBotocoreAsync(IReadOnlyList<Case> cases, [CallerFilePath] string thisFile = "")
    {
        var input = new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject
        {
            ["method"] = c.Request.Method,
            ["url"] = c.Url,
            // Our signer adds x-amz-content-sha256 before signing, as the request carries it on the wire; botocore
            // then uses it as the payload hash, and payload_sha256 checks the value independently.
            ["headers"] = new JsonArray([.. c.Request.Headers.Append(new("X-Amz-Content-SHA256", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(c.Request.Body.Span))))
                .Select(h => (JsonNode)new JsonArray(h.Key, h.Value))]),
            ["body_b64"] = Convert.ToBase64String(c.Request.Body.Span),
            ["access_key"] = c.Credentials.AccessKeyId,
            ["secret_key"] = c.Credentials.SecretAccessKey,
            ["token"] = c.Credentials.SessionToken,
            ["region"] = c.Region,
            ["service"] = c.Service,
            ["timestamp"] = c.Time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture),
        })]);

        var script = Path.Combine(Path.GetDirectoryName(thisFile)!, "sigv4_botocore.py");
        var start = new ProcessStartInfo("python3", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        await process.StandardInput.WriteAsync(input.ToJsonString());
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"sigv4_botocore.py failed (needs python3 with botocore: pip install botocore): {await stderr}");
        return JsonNode.Parse(await stdout)!.AsArray();
    }
}
