using System.Text.RegularExpressions;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>Rules of one set of container properties, whatever the kind (a Container job or a node group).</summary>
internal static partial class ContainerRules
{
    private const int MaxImageLength = 255;
    private const long MinMemoryMiB = 4;

    internal static void Validate(ContainerSpec c, JobPlatform platform, bool windows, DiagnosticBag d)
    {
        Image(c.Path, c.Image, d);
        Resources(c, platform, d);
        Environment(c, d);
        VolumeRules.Validate(c, windows, d);
        LinuxRules.Validate(c, d);
        if (windows) Windows(c, d);
    }

    /// <summary>Image presence, length and characters (API ContainerProperties.image).</summary>
    internal static void Image(PropertyPath owner, string? image, DiagnosticBag d)
    {
        if (image is null)
        {
            d.Error(owner.Property("Image"), DiagnosticCodes.JobPropertyRequired, JobDefinitionMessages.Required("Image", "give a container image such as public.ecr.aws/amazonlinux/amazonlinux:2023"));
            return;
        }
        if (OpaqueValue.Is(image)) return;
        if (image.Length is 0 or > MaxImageLength || !ImageCharacters().IsMatch(image))
            d.Error(owner.Property("Image"), DiagnosticCodes.InvalidImage, JobDefinitionMessages.InvalidImage(image));
    }

    /// <summary>Environment names Batch reserves (API; CDK container docs).</summary>
    internal static void EnvironmentName(PropertyPath path, string name, DiagnosticBag d)
    {
        if (name.StartsWith("AWS_BATCH", StringComparison.Ordinal))
            d.Error(path, DiagnosticCodes.ReservedEnvironmentName, JobDefinitionMessages.ReservedEnvironmentName(name));
    }

    private static void Resources(ContainerSpec c, JobPlatform platform, DiagnosticBag d)
    {
        if (c.Vcpus is not { } vcpus)
            d.Error(c.Path.Property("Vcpus"), DiagnosticCodes.JobPropertyRequired, JobDefinitionMessages.Required("Vcpus", platform == JobPlatform.Fargate ? "give 0.25, 0.5, 1, 2, 4, 8 or 16, or a Preset" : "give a whole number of vCPUs, or a Preset"));
        else if (platform == JobPlatform.Ec2 && (vcpus < 1 || decimal.Truncate(vcpus) != vcpus))
            d.Error(c.Path.Property("Vcpus"), DiagnosticCodes.Ec2VcpusInvalid, JobDefinitionMessages.Ec2VcpusInvalid(vcpus));

        if (c.MemoryMiB is not { } memory)
            d.Error(c.Path.Property("Memory"), DiagnosticCodes.JobPropertyRequired, JobDefinitionMessages.Required("Memory", "give a size such as 2 GiB, or a Preset"));
        else if (memory < MinMemoryMiB)
            d.Error(c.Path.Property("Memory"), DiagnosticCodes.MemoryTooSmall, JobDefinitionMessages.MemoryTooSmall(memory));

        if (c.Gpus is { } gpus and < 0)
            d.Error(c.Path.Property("Gpus"), DiagnosticCodes.JobValueOutOfRange, JobDefinitionMessages.ValueOutOfRange("Gpus", gpus, "use 0 or more"));
    }

    private static void Environment(ContainerSpec c, DiagnosticBag d)
    {
        foreach (var name in c.Environment.Keys) EnvironmentName(c.Path.Property("Environment").Property(name), name, d);
        foreach (var secret in c.Secrets)
        {
            if (secret.Name is { } name)
            {
                EnvironmentName(secret.Path.Property("Name"), name, d);
                if (c.Environment.ContainsKey(name))
                    d.Error(secret.Path.Property("Name"), DiagnosticCodes.DuplicateEnvironmentName, JobDefinitionMessages.DuplicateEnvironmentName(name));
            }
            SecretReference(secret, d);
        }
        foreach (var secret in c.LogConfiguration?.SecretOptions ?? []) SecretReference(secret, d);
    }

    private static void SecretReference(Secret secret, DiagnosticBag d)
    {
        if (secret.ValueFrom is not { } from || OpaqueValue.Is(from)) return;
        if (!SecretArn().IsMatch(from) && !SsmParameterName().IsMatch(from))
            d.Error(secret.Path.Property("ValueFrom"), DiagnosticCodes.InvalidSecretReference, JobDefinitionMessages.InvalidSecretReference(from));
    }

    private static void Windows(ContainerSpec c, DiagnosticBag d)
    {
        if (c.LinuxParameters is not null) Report("LinuxParameters");
        if (c.Privileged is not null) Report("Privileged");
        if (c.User is not null) Report("User");
        if (!c.Ulimits.IsEmpty) Report("Ulimits");
        if (c.ReadonlyRootFilesystem is not null) Report("ReadonlyRootFilesystem");
        foreach (var v in c.Volumes.Where(v => v.Efs is not null))
            d.Error(v.Path.Property("Efs"), DiagnosticCodes.WindowsRestriction, JobDefinitionMessages.WindowsRestriction("An EFS volume"));

        void Report(string property) => d.Error(c.Path.Property(property), DiagnosticCodes.WindowsRestriction, JobDefinitionMessages.WindowsRestriction(property));
    }

    // Batch documents letters, digits, '-', '_', ':', '.', '/' and '#'; '@' is added for digests (image@sha256:...).
    [GeneratedRegex(@"^[A-Za-z0-9\-_:./#@]+$")]
    private static partial Regex ImageCharacters();

    [GeneratedRegex(@"^arn:aws[a-z\-]*:(secretsmanager|ssm):[a-z0-9\-]*:\d{12}:(secret:|parameter/).+$")]
    private static partial Regex SecretArn();

    [GeneratedRegex(@"^[A-Za-z0-9_.\-/]{1,2048}$")]
    private static partial Regex SsmParameterName();
}
