using System.Text.Json;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>Batch rejects a job definition whose serialized form exceeds 24 KiB (service quotas page).</summary>
internal static class RequestSizeRule
{
    internal const int MaxBytes = 24 * 1024;

    internal static void Validate(JobDefinitionSpec s, DesiredJobDefinition desired, DiagnosticBag d)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(desired.Register, BatchApiJsonContext.Default.RegisterJobDefinitionRequest).Length;
        if (bytes > MaxBytes) d.Error(s.Path, DiagnosticCodes.RequestTooLarge, JobDefinitionMessages.RequestTooLarge(bytes));
    }
}
