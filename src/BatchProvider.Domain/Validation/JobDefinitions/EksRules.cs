using System.Globalization;
using System.Text.RegularExpressions;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>EKS pods (API EksPodProperties, EksContainer, EksContainerResourceRequirements, EksMetadata).</summary>
internal static partial class EksRules
{
    private const int MaxContainers = 10;

    internal static void Validate(EksJobDefinition e, DiagnosticBag d)
    {
        if (e.Containers.IsEmpty)
            d.Error(e.Path.Property("Containers"), DiagnosticCodes.JobPropertyRequired, JobDefinitionMessages.Required("Containers", "give at least one container with Image and Resources"));
        if (e.Containers.Length > MaxContainers)
            d.Error(e.Path.Property("Containers"), DiagnosticCodes.EksTooManyContainers, JobDefinitionMessages.EksTooManyContainers("Containers", e.Containers.Length));
        if (e.InitContainers.Length > MaxContainers)
            d.Error(e.Path.Property("InitContainers"), DiagnosticCodes.EksTooManyContainers, JobDefinitionMessages.EksTooManyContainers("InitContainers", e.InitContainers.Length));

        var names = new HashSet<string>(StringComparer.Ordinal);
        var volumes = e.Volumes.Select(v => v.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var c in e.InitContainers.Concat(e.Containers))
        {
            var name = c.Name ?? "Default";
            if (!names.Add(name))
                d.Error(c.Path.Property("Name"), DiagnosticCodes.EksDuplicateContainerName, JobDefinitionMessages.EksDuplicateContainerName(name));
            ContainerRules.Image(c.Path, c.Image, d);
            foreach (var env in c.Env.Keys) ContainerRules.EnvironmentName(c.Path.Property("Env").Property(env), env, d);
            if (c.Resources is { } r) EksResourceRules.Validate(r, d);
            foreach (var mount in c.VolumeMounts)
            {
                if (mount.Name is { } v && !volumes.Contains(v))
                    d.Error(mount.Path.Property("Name"), DiagnosticCodes.EksUnknownVolume, JobDefinitionMessages.EksUnknownVolume(v, volumes));
            }
        }

        if (e.Metadata?.Namespace is { } ns && !OpaqueValue.Is(ns) && !ValidNamespace(ns))
            d.Error(e.Metadata.Path.Property("Namespace"), DiagnosticCodes.EksNamespace, JobDefinitionMessages.EksNamespace(ns));
    }

    private static bool ValidNamespace(string ns) =>
        ns.Length is >= 1 and <= 63 && ns != "default" && !ns.StartsWith("kube", StringComparison.Ordinal) && NamespacePattern().IsMatch(ns);

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex NamespacePattern();
}
