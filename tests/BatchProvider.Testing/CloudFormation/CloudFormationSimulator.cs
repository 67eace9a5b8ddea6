using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.S3;
using Amazon.S3.Model;

namespace BatchProvider.Testing.CloudFormation;

/// <summary>
/// A local CloudFormation for one custom resource: it sends Create, Update and Delete the way CloudFormation does,
/// each with a fresh presigned S3 PUT URL (on moto) as ResponseURL, follows failures with the rollback CloudFormation
/// would send (failed Create → Delete with the answered id; failed Update → Update back to the old properties), sends
/// the cleanup Delete of the old id after a replacement, and checks every answer: exactly one per request (the bucket
/// is versioned, so every PUT is counted), ids copied verbatim, a non-empty PhysicalResourceId of at most 1 KB, a
/// Reason on FAILED, at most 4,096 bytes.
/// </summary>
public sealed class CloudFormationSimulator(IAmazonS3 s3, string bucket, ICustomResourceFunction function, string stackId, string logicalId)
{
    /// <summary>Continuation deliveries after which the simulator gives up on an answer (CloudFormation would time out).</summary>
    public int MaxPasses { get; init; } = 500;

    /// <summary>The stack ARN sent as StackId.</summary>
    public string StackId => stackId;

    /// <summary>The resource's current physical id (null before Create and after Delete).</summary>
    public string? PhysicalResourceId { get; private set; }

    /// <summary>The resource's current properties.</summary>
    public JsonObject? Properties { get; private set; }

    /// <summary>Every request sent, rollbacks and cleanups included, in order.</summary>
    public List<CfnExchange> History { get; } = [];

    /// <summary>Create; a FAILED answer is followed by the rollback Delete with the answered id.</summary>
    public async Task<CfnExchange> CreateAsync(JsonObject properties)
    {
        var create = await SendAsync("Create", properties, null, null);
        if (create.Answer.Succeeded)
        {
            (PhysicalResourceId, Properties) = (create.Answer.PhysicalResourceId, properties);
        }
        else
        {
            await SendAsync("Delete", properties, null, create.Answer.PhysicalResourceId);
        }
        return create;
    }

    /// <summary>
    /// Update; a new physical id is a replacement, followed by the cleanup Delete of the old id; a FAILED answer is
    /// followed by the rollback Update back to the old properties.
    /// </summary>
    public async Task<CfnExchange> UpdateAsync(JsonObject properties)
    {
        var (oldId, oldProperties) = (PhysicalResourceId ?? throw new InvalidOperationException("nothing to update"), Properties!);
        var update = await SendAsync("Update", properties, oldProperties, oldId);
        if (update.Answer.Succeeded)
        {
            (PhysicalResourceId, Properties) = (update.Answer.PhysicalResourceId, properties);
            if (update.Answer.PhysicalResourceId != oldId) await SendAsync("Delete", oldProperties, null, oldId);
        }
        else
        {
            await SendAsync("Update", oldProperties, properties, oldId);
        }
        return update;
    }

    /// <summary>Delete of the current resource.</summary>
    public async Task<CfnExchange> DeleteAsync()
    {
        var delete = await SendAsync("Delete", Properties!, null, PhysicalResourceId);
        if (delete.Answer.Succeeded) (PhysicalResourceId, Properties) = (null, null);
        return delete;
    }

    /// <summary>
    /// Sends one request and waits for its answer, delivering continuations meanwhile. <paramref name="deliveries"/>
    /// greater than 1 delivers the same event again (Lambda's asynchronous retry); every answer must then agree.
    /// </summary>
    public async Task<CfnExchange> SendAsync(string requestType, JsonObject properties, JsonObject? oldProperties, string? physicalResourceId, int deliveries = 1)
    {
        var requestId = Guid.NewGuid().ToString();
        var key = $"responses/{requestId}";
        var request = new JsonObject
        {
            ["RequestType"] = requestType,
            ["ServiceToken"] = properties["ServiceToken"]?.DeepClone(),
            ["ResponseURL"] = await s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest
            {
                BucketName = bucket, Key = key, Verb = HttpVerb.PUT, Expires = DateTime.UtcNow.AddHours(2), Protocol = Protocol.HTTP,
            }),
            ["StackId"] = stackId,
            ["RequestId"] = requestId,
            ["ResourceType"] = "Custom::BatchStack",
            ["LogicalResourceId"] = logicalId,
            ["ResourceProperties"] = properties.DeepClone(),
        };
        if (physicalResourceId is not null) request["PhysicalResourceId"] = physicalResourceId;
        if (oldProperties is not null) request["OldResourceProperties"] = oldProperties.DeepClone();

        var json = request.ToJsonString();
        for (var i = 0; i < deliveries; i++) await function.InvokeAsync(json);
        var passes = 0;
        while (await AnswerCountAsync(key) < deliveries)
        {
            if (++passes > MaxPasses) throw new InvalidOperationException($"{requestType} {requestId}: no answer after {MaxPasses} continuations.");
            if (!await function.ContinueAsync() && await AnswerCountAsync(key) < deliveries)
                throw new InvalidOperationException($"{requestType} {requestId}: no answer and no continuation pending; CloudFormation would wait for its timeout.");
        }
        while (await function.ContinueAsync()) passes++;

        var exchange = new CfnExchange(requestType, requestId, physicalResourceId, await ReadAnswerAsync(key, requestId, deliveries), passes);
        History.Add(exchange);
        return exchange;
    }

    private async Task<int> AnswerCountAsync(string key)
    {
        var versions = await s3.ListVersionsAsync(new ListVersionsRequest { BucketName = bucket, Prefix = key });
        return versions.Versions?.Count(v => v.Key == key && !v.IsDeleteMarker.GetValueOrDefault()) ?? 0;
    }

    private async Task<CfnAnswer> ReadAnswerAsync(string key, string requestId, int deliveries)
    {
        var versions = (await s3.ListVersionsAsync(new ListVersionsRequest { BucketName = bucket, Prefix = key })).Versions.Where(v => v.Key == key).ToList();
        if (versions.Count != deliveries) throw new InvalidOperationException($"{requestId}: {versions.Count} answers for {deliveries} deliveries; CloudFormation wants exactly one per request.");
        var answers = new List<(JsonElement Body, int Bytes)>();
        foreach (var version in versions)
        {
            using var response = await s3.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key, VersionId = version.VersionId });
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer);
            answers.Add((JsonDocument.Parse(buffer.ToArray()).RootElement.Clone(), (int)buffer.Length));
        }

        var (body, bytes) = answers[0];
        string Field(string name) => body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
        var problems = new List<string>();
        if (bytes > 4096) problems.Add($"the body is {bytes} bytes, over 4,096");
        if (Field("StackId") != stackId) problems.Add("StackId not copied");
        if (Field("RequestId") != requestId) problems.Add("RequestId not copied");
        if (Field("LogicalResourceId") != logicalId) problems.Add("LogicalResourceId not copied");
        if (Field("PhysicalResourceId") is not { Length: > 0 and <= 1024 }) problems.Add("PhysicalResourceId empty or over 1 KB");
        if (Field("Status") is not ("SUCCESS" or "FAILED")) problems.Add($"Status '{Field("Status")}'");
        if (Field("Status") == "FAILED" && Field("Reason").Length == 0) problems.Add("FAILED without a Reason");
        foreach (var (other, _) in answers.Skip(1))
        {
            if (other.GetProperty("Status").GetString() != Field("Status") || other.GetProperty("PhysicalResourceId").GetString() != Field("PhysicalResourceId"))
                problems.Add("duplicate deliveries answered differently");
        }
        if (problems.Count > 0) throw new InvalidOperationException($"{requestId}: invalid answer ({string.Join("; ", problems)}): {body}");

        var data = body.TryGetProperty("Data", out var map) && map.ValueKind == JsonValueKind.Object
            ? map.EnumerateObject().ToImmutableSortedDictionary(p => p.Name, p => p.Value.ToString(), StringComparer.Ordinal)
            : ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        return new CfnAnswer(Field("Status"), body.TryGetProperty("Reason", out var reason) ? reason.GetString() : null, Field("PhysicalResourceId"), data, answers.Count, bytes);
    }
}
